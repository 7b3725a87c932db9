#!/usr/bin/env python3
"""Writes ctx.json, cases.txt and names.txt from tst_porttemplate.cpp's rules table (plus extras)."""
import json, re, sys
src = open(sys.argv[1]).read()
out = sys.argv[2]
body = src[src.index('void TestPortTemplate::rules_data()'):src.index('void TestPortTemplate::rules()')]
rows = re.findall(r'QTest::newRow\("([^"]*)"\)\s*<<\s*R"\((.*?)\)"\s*<<', body, re.S)
ctx = re.search(r'const char \*kContext = R"\((.*?)\)";', src, re.S).group(1)
open(out + '/ctx.json', 'w').write(ctx)
extra = [
    '{"a":"{{ .inputs.services[0] }}","b":"{{ .inputs | keys }}","{{ .k }}-x":"{{ .n * 3 }}"}',
    '"{{ .inputs.services | map(.identifier) | join(\\", \\") }}"',
    '"a {{ .s }} b {{ .n }} c {{ .o }} d {{ [.a,.b] }}"',
    '{"x":{"{{ spreadValue() }}":{"p":"{{ .s }}","q":"{{ empty }}"},"p":"over"}}',
    '["{{ .missing }}","{{ .missing.deeper }}","{{ .o | to_entries }}"]',
    '"{{ \\"{{\\" }}"',
    '{"{{ \\"1\\" }}":"a","0":"b","{{ \\"01\\" }}":"c"}',
    '"pre {{ \\"\\\\\\"}}\\" }} post"',
]
with open(out + '/cases.txt', 'w') as f, open(out + '/names.txt', 'w') as n:
    for name, text in rows:
        f.write(' '.join(text.split('\n')) + '\n')
        n.write(name + '\n')
    for i, text in enumerate(extra):
        json.loads(text)
        f.write(text + '\n')
        n.write('extra %d\n' % i)
