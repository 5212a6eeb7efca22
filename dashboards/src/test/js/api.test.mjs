// The API client's pure parts: error shapes, query strings and the display token leaving the address bar.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiPath, EMPTY, errorOf, storedToken, takeTokenFromAddress }
  from '../../main/resources/io/ticketradar/dashboards/assets/js/api.mjs';

class MemoryStorage {
  constructor() { this.items = new Map(); }
  getItem(k) { return this.items.has(k) ? this.items.get(k) : null; }
  setItem(k, v) { this.items.set(k, String(v)); }
  removeItem(k) { this.items.delete(k); }
}

test('both error formats of the API read the same', () => {
  const structured = errorOf(400, { error: { code: 'BAD_PARAMETER', message: 'from is required', param: 'from' } });
  assert.deepEqual([structured.status, structured.code, structured.message, structured.param],
    [400, 'BAD_PARAMETER', 'from is required', 'from']);
  const legacy = errorOf(401, { error: 'unknown bearer token', status: 401 });
  assert.deepEqual([legacy.status, legacy.message, legacy.unauthorized], [401, 'unknown bearer token', true]);
  assert.equal(errorOf(502, '<html>Bad gateway</html>').message, '<html>Bad gateway</html>');
  assert.equal(errorOf(500, null).message, 'HTTP 500');
});

test('empty parameters stay out of the query', () => {
  assert.equal(apiPath('/api/v1/trends', { group_by: 'fault', region: '', top: null, x: undefined }),
    '/api/v1/trends?group_by=fault');
  assert.equal(apiPath('/api/v1/heatmap/tickets', { x_value: '华东', y_value: 'A&B' }),
    '/api/v1/heatmap/tickets?x_value=%E5%8D%8E%E4%B8%9C&y_value=A%26B');
  assert.equal(apiPath('/api/v1/alerts'), '/api/v1/alerts');
  assert.equal(apiPath('/api/v1/heatmap/tickets', { x_value: 'A', y_value: EMPTY }),
    '/api/v1/heatmap/tickets?x_value=A&y_value=', 'the undiagnosed row is asked for by an empty value');
});

test('a ?token= moves into the session and out of the address, other parameters stay', () => {
  const storage = new MemoryStorage();
  assert.equal(takeTokenFromAddress('http://h/wall?lang=en&token=s3cret&cycle=5#x', storage), '/wall?lang=en&cycle=5#x');
  assert.equal(storedToken(storage), 's3cret');
  assert.equal(takeTokenFromAddress('http://h/wall?lang=en', storage), null, 'nothing to remove');
  assert.equal(takeTokenFromAddress('http://h/wall?token=', storage), '/wall', 'an empty one is dropped');
  assert.equal(storedToken(storage), 's3cret', 'and keeps the token already held');
});
