// Timeline webview entry (browser). Renders what the extension posts.
interface TimelineEventView {
  date: string;
  summary: string;
}

const vscodeApi = acquireVsCodeApi();

function render(events: TimelineEventView[]): void {
  const root = document.getElementById('root');
  if (!root) return;
  root.replaceChildren(
    ...events.map((e) => {
      const li = document.createElement('li');
      li.textContent = `${e.date} — ${e.summary}`;
      return li;
    }),
  );
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data as { type?: string; events?: TimelineEventView[] };
  if (data?.type === 'events' && Array.isArray(data.events)) render(data.events);
});
vscodeApi.postMessage({ type: 'ready' });

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
