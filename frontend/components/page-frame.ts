/**
 * The page frame's part that the server does not render: Vaadin appends its connection indicator
 * (`vaadin-connection-indicator`, "connection lost", "loading…") to `<body>`, outside the view's
 * `<main>`. It is a status message, so it gets `role="status"`: a live region, which is how axe's
 * `region` rule (all content inside a landmark) expects such a message to be marked.
 */
function markIndicator(): boolean {
  const el = document.querySelector('vaadin-connection-indicator');
  if (el && el.getAttribute('role') !== 'status') el.setAttribute('role', 'status');
  return el !== null;
}

if (!markIndicator()) {
  const watch = new MutationObserver(() => {
    if (markIndicator()) watch.disconnect();
  });
  watch.observe(document.body, { childList: true });
}

export {};
