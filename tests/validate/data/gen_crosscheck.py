#!/usr/bin/env python3
"""Generates crosscheck.json: mutated variants of Port's example actions with the verdict of an
independent JSON Schema validator (python3-jsonschema, Draft 7 so that `dependencies` counts), run
against the POST /v1/actions body schema. Bases: the examples (tests/data/port-examples) and seed-*.json here, which must stay valid.
tst_validator replays the mutations on our JsonValue and
asserts that validateAction() reaches the same verdict.

Pattern semantics follow ECMAScript with the `u` flag (what JSON Schema specifies): `\\p{L}` via the
`regex` module, `$` = very end. Formats: `uri` = an absolute URI without white space, `date-time` =
RFC 3339 (the same reading src/core/validate/schemacheck.cpp documents).

Run: python3 tests/validate/data/gen_crosscheck.py  (deterministic; rewrites crosscheck.json)
"""
import copy
import json
import os
import random
import re

import jsonschema
import regex

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
EXAMPLES = os.path.join(ROOT, 'tests', 'data', 'port-examples')
SCHEMA = os.path.join(ROOT, 'resources', 'schema', 'port-openapi-actions-subset.json')


def js_pattern(validator, pattern, instance, schema):
    if isinstance(instance, str):
        py = re.sub(r'(?<!\\)\$', r'\\Z', pattern)
        if not regex.search(py, instance):
            yield jsonschema.ValidationError(f'{instance!r} does not match {pattern!r}')


def load_validator():
    doc = json.load(open(SCHEMA))
    body = doc['paths']['/v1/actions']['post']['requestBody']['content']['application/json']['schema']
    root = dict(body)
    root['components'] = doc['components']
    checker = jsonschema.FormatChecker(formats=())
    checker.checks('uri')(lambda s: not isinstance(s, str) or bool(re.fullmatch(r'[A-Za-z][A-Za-z0-9+.\-]*:\S*', s)))
    checker.checks('date-time')(lambda s: not isinstance(s, str) or bool(re.fullmatch(
        r'\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]\d{2}:\d{2})', s)))
    cls = jsonschema.validators.extend(jsonschema.Draft7Validator, {'pattern': js_pattern})
    return cls(root, format_checker=checker)


def pointer(tokens):
    return ''.join('/' + str(t).replace('~', '~0').replace('/', '~1') for t in tokens)


def walk(value, tokens=()):
    yield tokens, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from walk(v, tokens + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk(v, tokens + (i,))


def get(value, tokens):
    for t in tokens:
        value = value[t]
    return value


ENUMISH = ['CREATE', 'DAY-2', 'DELETE', 'UPDATE', 'self-service', 'automation', 'SELF_SERVICE', 'WEBHOOK',
           'GITHUB', 'GITLAB', 'KAFKA', 'AZURE_DEVOPS', 'UPSERT_ENTITY', 'INTEGRATION_ACTION', 'SLACK', 'JENKINS',
           'ENTITY_CREATED', 'ENTITY_UPDATED', 'RUN_CREATED', 'ANY_RUN_CHANGE', 'TIMER_PROPERTY_EXPIRED',
           'event_type', 'ANY', 'ALL', 'SOME', 'webhook', 'email', 'json', 'slack', 'string', 'number', 'text',
           'entity', 'date-time', 'JQ', 'SEARCH', 'and', 'or', 'xor', '=', 'between', 'relatedTo', 'isEmpty',
           'matchAny', 'lastWeek', 'dispatch_workflow', 'ASC', 'up', '', ' Go', 'Go', 'X', 'Deploy it right now',
           'https://example.com/x', 'not a uri', '2024-06-01T12:00:00Z', '2024-13-01', '{{ .inputs.x }}', 'true']
IDENTIFIERS = ['a', '.', '..', '...', 'déployer', 'a b', '服务_1', 'x/y', '@_.+:=-', 'UPPER', '']
INPUT_KEYS = ['my input', 'région', 'a\\b', 'ok_key', 'a-b=c@d', 'a.b', '']
SCALARS = [1, 0, 20, -1, 1.5, True, False, None, 'x', {}, [], ['a'], [1], {'jqQuery': '.x'}]
RULES = [
    {'property': 'env', 'operator': '=', 'value': 'prod'},
    {'property': 'env', 'operator': 'equals', 'value': 'prod'},
    {'property': 'n', 'operator': '>', 'value': 3},
    {'property': 'n', 'operator': '>', 'value': {'jqQuery': '.x'}},
    {'property': 'd', 'operator': 'between', 'value': {'preset': 'lastWeek'}},
    {'property': 'd', 'operator': 'between', 'value': {'from': '2024-01-01T00:00:00Z', 'to': '2024-02-01T00:00:00Z'}},
    {'property': 'd', 'operator': 'between', 'value': {'from': 'yesterday', 'to': 'today'}},
    {'property': 'd', 'operator': 'between', 'value': {'preset': 'lastWeek', 'from': '2024-01-01T00:00:00Z', 'to': '2024-02-01T00:00:00Z'}},
    {'operator': 'isEmpty', 'property': 'x'},
    {'operator': 'isExpired', 'property': 'ttl'},
    {'operator': 'relatedTo', 'blueprint': 'cluster', 'value': ['a', 'b'], 'direction': 'upstream'},
    {'operator': 'relatedTo', 'value': 'a'},
    {'propertySchema': {'type': 'string'}, 'operator': '=', 'value': 'x'},
    {'property': {'path': ['rel', {'relation': 'r', 'maxHops': 3}]}, 'operator': 'matchAny', 'value': ['a']},
    {'property': {'path': ['rel', {'relation': 'r', 'maxHops': 20}]}, 'operator': 'matchAny', 'value': ['a']},
    {'property': {'property': '$team', 'context': 'user'}, 'operator': 'containsAny', 'value': ['a']},
    {'property': {'property': '$team', 'context': 'me'}, 'operator': '=', 'value': 'a'},
    {'combinator': 'or', 'rules': [{'property': 'env', 'operator': '!=', 'value': None}]},
    {'combinator': 'nor', 'rules': []},
]
ADDITIONS = [
    ('condition', {'type': 'SEARCH', 'combinator': 'and', 'rules': []}),
    ('condition', {'type': 'JQ', 'expressions': ['.a == 1'], 'combinator': 'or'}),
    ('condition', {'type': 'JQ', 'combinator': 'and'}),
    ('order', []), ('order', ['a']), ('steps', [{'title': 'One', 'order': []}]), ('steps', [{'order': []}]),
    ('titles', {'sec': {'title': 'Section'}}), ('titles', {'sec': {'title': ''}}), ('titles', {'a b': {}}),
    ('blueprintIdentifier', 'service'), ('actionCardButtonText', 'Go'), ('executeActionButtonText', 'X'),
    ('requiredApproval', {'type': 'ALL'}), ('requiredApproval', {'type': 'SOME'}), ('requiredApproval', 'true'),
    ('approvalNotification', {'type': 'webhook', 'url': 'https://hooks.example.com/a', 'format': 'slack'}),
    ('approvalNotification', {'type': 'webhook'}), ('approvalNotification', {'type': 'email', 'url': 'https://x'}),
    ('approvalNotification', {'url': 'https://x'}),
    ('visible', False), ('visible', {'jqQuery': '.form.x'}), ('visible', 'no'),
    ('required', {'jqQuery': '["a"]'}), ('required', ['a']), ('required', 'a'),
    ('dataset', {'combinator': 'and', 'rules': [{'property': 'a', 'operator': '=', 'value': {'jqQuery': '.x'}}]}),
    ('sort', {'property': 'a', 'order': 'ASC'}), ('sort', {'property': 'a'}), ('jqQuery', None), ('jqQuery', '.x'),
    ('foo', 1), ('queryParams', {}), ('id', 'abc'), ('publish', 'yes'), ('agent', 'true'), ('synchronized', 1),
    ('headers', {'a': 1}), ('body', 'x'), ('payload', []), ('mapping', {'team': ['a', 1]}),
    ('relations', {'r': ['a']}), ('relations', {'r': 1}), ('propertyIdentifier', 'ttl'), ('actionIdentifier', 'x'),
    ('integrationActionExecutionProperties', {}), ('workflowInputs', []),
]


class Recorder(list):
    def append(self, op):
        super().append(copy.deepcopy(op))

    def __iadd__(self, ops):
        for op in ops:
            self.append(op)
        return self


def mutate(action, rng):
    a = copy.deepcopy(action)
    recorded = ops = Recorder()
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        nodes = list(walk(a))
        tokens, value = rng.choice(nodes)
        kind = rng.random()
        if kind < 0.18 and tokens:
            parent = get(a, tokens[:-1])
            if isinstance(parent, dict):
                del parent[tokens[-1]]
            else:
                parent.pop(tokens[-1])
            ops.append(['remove', pointer(tokens)])
        elif kind < 0.42 and isinstance(value, dict):
            key, add = rng.choice(ADDITIONS)
            value[key] = copy.deepcopy(add)
            ops.append(['set', pointer(tokens + (key,)), add])
        elif kind < 0.55 and isinstance(value, str) and tokens:
            new = rng.choice(IDENTIFIERS if tokens[-1] == 'identifier' else ENUMISH)
            get(a, tokens[:-1])[tokens[-1]] = new
            ops.append(['set', pointer(tokens), new])
        elif kind < 0.65 and tokens and not isinstance(value, (dict, list)):
            new = copy.deepcopy(rng.choice(SCALARS))
            get(a, tokens[:-1])[tokens[-1]] = new
            ops.append(['set', pointer(tokens), new])
        elif kind < 0.75 and isinstance(value, dict) and value and len(tokens) >= 1 and tokens[-1] in ('properties', 'titles', 'event', 'mapping'):
            old = rng.choice(list(value.keys()))
            new = rng.choice(INPUT_KEYS)
            if new in value:
                continue
            items = [(new if k == old else k, v) for k, v in value.items()]
            value.clear()
            value.update(items)
            ops.append(['rename', pointer(tokens + (old,)), new])
        elif kind < 0.85 and isinstance(value, list) and tokens and tokens[-1] == 'rules':
            rule = copy.deepcopy(rng.choice(RULES))
            value.append(rule)
            ops.append(['set', pointer(tokens + (len(value) - 1,)), rule])
        elif kind < 0.92 and tokens:
            # the value becomes another type wholesale (object <-> array <-> scalar)
            new = copy.deepcopy(rng.choice(SCALARS))
            get(a, tokens[:-1])[tokens[-1]] = new
            ops.append(['set', pointer(tokens), new])
        else:
            # a self-service trigger gets a condition rule to exercise the search grammar
            trig = a.get('trigger')
            if isinstance(trig, dict) and trig.get('type') == 'self-service':
                trig['operation'] = 'DAY-2'
                trig['blueprintIdentifier'] = 'service'
                rules = [copy.deepcopy(rng.choice(RULES)) for _ in range(rng.choice([1, 2]))]
                cond = {'type': 'SEARCH', 'combinator': 'and', 'rules': rules}
                trig['condition'] = cond
                ops += [['set', '/trigger/operation', 'DAY-2'], ['set', '/trigger/blueprintIdentifier', 'service'],
                        ['set', '/trigger/condition', cond]]
    return a, recorded


def main():
    validator = load_validator()
    rng = random.Random(20240601)
    bases = []
    for name in sorted(os.listdir(EXAMPLES)):
        if not name.endswith('.json') or name.startswith('legacy-v1-'):
            continue
        value = json.load(open(os.path.join(EXAMPLES, name)))
        if isinstance(value, dict):
            bases.append((name, value))
    # Richer seeds of our own cover what the examples do not: SEARCH conditions, steps, titles,
    # datasets, approval notifications, a nested INTEGRATION_ACTION, GITLAB.
    for name in sorted(os.listdir(HERE)):
        if name.startswith('seed-') and name.endswith('.json'):
            bases.append((name, json.load(open(os.path.join(HERE, name)))))
    cases = []
    seen = set()
    for name, action in bases:
        cases.append({'file': name, 'ops': [], 'valid': validator.is_valid(action)})
        tries = 0
        while tries < 400 and sum(1 for c in cases if c['file'] == name) < 90:
            tries += 1
            mutated, ops = mutate(action, rng)
            if not ops:
                continue
            key = json.dumps(mutated, sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            cases.append({'file': name, 'ops': ops, 'valid': validator.is_valid(mutated)})
    with open(os.path.join(HERE, 'crosscheck.json'), 'w') as f:
        f.write('[\n')
        f.write(',\n'.join(json.dumps(c, ensure_ascii=False) for c in cases))
        f.write('\n]\n')
    valid = sum(c['valid'] for c in cases)
    print(f'{len(cases)} cases, {valid} valid, {len(cases) - valid} invalid')


if __name__ == '__main__':
    main()
