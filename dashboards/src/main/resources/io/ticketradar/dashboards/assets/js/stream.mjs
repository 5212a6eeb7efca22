// The live stream (/api/v1/stream, Server-Sent Events). EventSource cannot send headers, so the token goes as
// ?access_token=; the browser reconnects by itself and sends Last-Event-ID, so nothing is missed in between.
import { getJson, storedToken } from './api.mjs';

/** What changed (each names the data to fetch again), and resync: events were lost, fetch everything. */
export const STREAM_EVENTS = ['indicators', 'live', 'heatmap', 'alerts', 'patterns', 'resync'];

/**
 * Opens the stream and calls onEvent(name, data) for each event, onStatus('open'|'connecting'|'down') when the
 * connection changes and onUnauthorized() when the token stopped working. Returns a function that closes it.
 */
export function openStream({ onEvent, onStatus, onUnauthorized, retryMs = 5000 }) {
  let source = null;
  let retry = null;
  let closed = false;

  const connect = () => {
    onStatus('connecting');
    source = new EventSource(`/api/v1/stream?access_token=${encodeURIComponent(storedToken() ?? '')}`);
    source.onopen = () => onStatus('open');
    for (const name of STREAM_EVENTS) {
      source.addEventListener(name, (event) => {
        let data = null;
        try {
          data = event.data ? JSON.parse(event.data) : null;
        } catch {
          data = event.data;
        }
        onEvent(name, data);
      });
    }
    source.onerror = async () => {
      if (source.readyState !== EventSource.CLOSED) {
        onStatus('connecting'); // the browser retries on its own
        return;
      }
      // Closed for good (an HTTP error such as 401): find out whether the token is the reason.
      onStatus('down');
      try {
        await getJson('/api/v1/indicators/live');
      } catch (error) {
        if (error.unauthorized) {
          onUnauthorized();
          return;
        }
      }
      if (!closed) retry = setTimeout(connect, retryMs);
    };
  };

  connect();
  return () => {
    closed = true;
    clearTimeout(retry);
    source?.close();
  };
}
