// Streams a source run's progress into the page (server-sent events) until the server sends "[done]".
(function () {
  var log = document.getElementById('run-log');
  var state = document.getElementById('run-state');
  if (!log || !log.dataset.events || !window.EventSource) {
    return;
  }
  var events = new EventSource(log.dataset.events);
  events.onmessage = function (e) {
    if (e.data === '[done]') {
      events.close();
      state.textContent = 'Finished.';
      log.dataset.finished = 'true';
      return;
    }
    log.textContent += e.data + '\n';
  };
  events.onerror = function () {
    events.close();
    if (log.dataset.finished !== 'true') {
      state.textContent = 'The progress stream stopped; reload the page to see how the run ended.';
    }
  };
})();
