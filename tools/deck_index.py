#!/usr/bin/env python3
"""deck_index.py: the index of the shipped decks for the web build (core/deck_outline.h).

  python3 tools/deck_index.py OUT.json DECK.json...

The web build's first download holds this index instead of the decks: per deck its file,
id, title, source, language and card ids (and which cards are true/false statements),
enough for the home screen's titles, counts and progress. The deck files themselves are
fetched after the home screen is drawn.

The index must say what the game's deck loader (core/deck_loader.cpp) would make of each
file, so this reads only decks that load without a single problem: an explicit deck id
and title, and on every card a unique id and its text. Anything else stops the build with
the file and card named: fix the deck (core_tests' "every shipped deck loads without a
single problem" says the same).
"""
import json
import os
import sys

DECK_KEYS = {'format', 'version', 'id', 'title', 'source', 'language', 'cards'}
CARD_KEYS = {'id', 'term', 'definition', 'statement', 'answer'}


def fail(path, message):
    sys.exit(f'deck_index.py: {os.path.basename(path)}: {message}')


def filled(value):
    return isinstance(value, str) and value.strip() != ''


def outline(path):
    with open(path, encoding='utf-8') as f:
        deck = json.load(f)
    if not isinstance(deck, dict) or deck.get('format') != 'study-arcade-deck' or deck.get('version', 1) != 1:
        fail(path, 'is not a version 1 Study Arcade deck')
    if set(deck) - DECK_KEYS:
        fail(path, f'has fields the loader warns about: {sorted(set(deck) - DECK_KEYS)}')
    for key in ('id', 'title'):
        if not filled(deck.get(key)):
            fail(path, f'needs its "{key}" (the loader would make one up)')
    cards, statements, seen = [], [], set()
    for number, card in enumerate(deck.get('cards') or []):
        where = f'card {number}'
        if not isinstance(card, dict) or set(card) - CARD_KEYS or not filled(card.get('id')):
            fail(path, f'{where}: needs an id and no unknown fields')
        card_id = card['id']
        if card_id in seen:
            fail(path, f'{where}: id "{card_id}" is used twice')
        seen.add(card_id)
        if 'statement' in card:
            if not filled(card['statement']) or not isinstance(card.get('answer'), bool):
                fail(path, f'{where} ("{card_id}"): a statement needs its text and "answer": true or false')
            statements.append(card_id)
        elif not filled(card.get('term')) or not filled(card.get('definition')):
            fail(path, f'{where} ("{card_id}"): needs a term and a definition')
        cards.append(card_id)
    if not cards:
        fail(path, 'has no cards')
    entry = {'file': os.path.basename(path), 'id': deck['id'], 'title': deck['title'], 'cards': cards}
    source = deck.get('source')
    if isinstance(source, dict):
        entry['source'] = {k: source[k] for k in ('site', 'author', 'page') if isinstance(source.get(k), str)}
    if isinstance(deck.get('language'), str):
        entry['language'] = deck['language'].strip()
    if statements:
        entry['statements'] = statements
    return entry


def main():
    out, paths = sys.argv[1], sorted(sys.argv[2:], key=os.path.basename)  # as load_folder: by file name
    decks = [outline(path) for path in paths]
    ids = [deck['id'] for deck in decks]
    if len(set(ids)) != len(ids):
        sys.exit('deck_index.py: two shipped decks have the same id')
    text = json.dumps({'format': 'study-arcade-deck-index', 'version': 1, 'decks': decks},
                      ensure_ascii=False, separators=(',', ':')) + '\n'
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    if not os.path.exists(out) or open(out, encoding='utf-8').read() != text:
        with open(out, 'w', encoding='utf-8') as f:
            f.write(text)


if __name__ == '__main__':
    main()
