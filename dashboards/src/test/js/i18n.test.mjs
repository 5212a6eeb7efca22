// Both languages say everything, and the translator fills in values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DICTIONARIES, languageOf, translator } from '../../main/resources/io/ticketradar/dashboards/assets/js/i18n.mjs';

test('zh-CN and en have the same keys, none empty', () => {
  const zh = Object.keys(DICTIONARIES['zh-CN']).sort();
  const en = Object.keys(DICTIONARIES.en).sort();
  assert.deepEqual(en, zh);
  for (const [lang, dictionary] of Object.entries(DICTIONARIES)) {
    for (const [key, text] of Object.entries(dictionary)) assert.ok(text.trim(), `${lang} ${key} is empty`);
  }
});

test('zh-CN unless ?lang=en', () => {
  assert.equal(languageOf(''), 'zh-CN');
  assert.equal(languageOf('?lang=en&cycle=5'), 'en');
  assert.equal(languageOf('?lang=fr'), 'zh-CN');
});

test('values fill their places; an unknown key shows itself', () => {
  const t = translator('en');
  assert.equal(t('wall.cell.total', { n: 12 }), '12 tickets');
  assert.equal(translator('zh-CN')('ind.breakpoint_rate'), '跨域协同断点率');
  assert.equal(t('no.such.key'), 'no.such.key');
});

test('every key the pages use exists', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const root = new URL('../../main/resources/io/ticketradar/dashboards/', import.meta.url);
  const used = new Set();
  for (const folder of ['pages/', 'assets/js/']) {
    for (const file of await readdir(new URL(folder, root))) {
      if (!/\.(html|mjs)$/.test(file)) continue;
      const text = await readFile(new URL(folder + file, root), 'utf8');
      for (const m of text.matchAll(/data-i18n(?:-placeholder)?="([^"]+)"|\bt\('([a-zA-Z_.]+)'/g)) used.add(m[1] ?? m[2]);
    }
  }
  const missing = [...used].filter((key) => !(key in DICTIONARIES['zh-CN']));
  assert.deepEqual(missing, []);
});

test('every alert kind the pipelines raise has a name (the ticker builds its key from the kind)', async () => {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(
    new URL('../../../../pipelines/src/main/java/io/ticketradar/pipelines/alerts/AlertKind.java', import.meta.url), 'utf8');
  const kinds = [...source.matchAll(/^\s{4}([A-Z_]+)[,\s]*$/gm)].map((m) => m[1]);
  assert.ok(kinds.includes('STOCK_OUT'), `read the kinds: ${kinds}`);
  const missing = kinds.filter((kind) => !(`alert.${kind}` in DICTIONARIES['zh-CN']));
  assert.deepEqual(missing, []);
});
