// Live updates: the change stream (GET /api/v1/changes, server-sent events) read with fetch, because EventSource
// cannot send the Authorization header and the token must not go in the URL. On each change the page refreshes what
// it shows; a dropped stream reconnects with Last-Event-ID, as EventSource would, and the gateway replays what was
// missed, or sends 'reload' when it cannot (away for longer than its window): then everything shown is re-read.
import {headers} from './api.js';

let controller = null;

/**
 * Listens until stop() is called. onChange gets each change's data ({aggregateType, aggregateId, version, type,
 * time}); onReload is called when changes were missed that the gateway can no longer replay (re-read everything);
 * onRefused gets the response when the stream is refused (401: the token has expired).
 */
export function listen(onChange, onReload, onRefused) {
  stop();
  const mine = new AbortController();
  controller = mine;
  let lastEventId = null;
  let delay = 1000;

  async function connect() {
    while (!mine.signal.aborted) {
      try {
        const extra = {Accept: 'text/event-stream'};
        if (lastEventId) {
          extra['Last-Event-ID'] = lastEventId;
        }
        const response = await fetch('/api/v1/changes', {headers: headers(extra), signal: mine.signal,
          cache: 'no-store'});
        if (response.status === 401 || response.status === 403) {
          onRefused(response);
          return;
        }
        if (response.ok) {
          delay = 1000;
          await read(response.body, event => {
            if (event.id) {
              lastEventId = event.id;
            }
            if (event.name === 'change') {
              onChange(JSON.parse(event.data));
            } else if (event.name === 'reload') {
              onReload(JSON.parse(event.data));
            }
          });
        }
      } catch (error) {
        if (mine.signal.aborted) {
          return;
        }
      }
      await new Promise(resolve => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 30000);
    }
  }
  connect();
}

export function stop() {
  if (controller) {
    controller.abort();
    controller = null;
  }
}

/** Parses a text/event-stream body (the WHATWG format: fields, blank line ends an event, ':' a comment). */
async function read(body, onEvent) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = {name: 'message', data: [], id: null};
  for (;;) {
    const {value, done} = await reader.read();
    if (done) {
      return;
    }
    buffer += value;
    let newline;
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') {
        if (event.data.length) {
          onEvent({name: event.name, data: event.data.join('\n'), id: event.id});
        }
        event = {name: 'message', data: [], id: event.id};
      } else if (!line.startsWith(':')) {
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') {
          event.name = text;
        } else if (field === 'data') {
          event.data.push(text);
        } else if (field === 'id') {
          event.id = text;
        }
      }
    }
  }
}
