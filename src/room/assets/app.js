// Improves the participant form when JavaScript runs: sends without leaving the page,
// shows "sent ✓", and retries until the laptop has the idea on disk. The form works
// without this file; the submission id in the form keeps a retry from being stored twice.
(function () {
  'use strict';
  var form = document.getElementById('send');
  var status = document.getElementById('status');
  var strings = document.getElementById('strings');
  if (!form || !status || !strings || !window.XMLHttpRequest) { return; }
  var sentList = document.getElementById('sent');
  var busy = false;

  function say(text, error) {
    status.textContent = text;
    status.className = error ? 'error' : 'ok';
  }

  function encode() {
    var parts = [];
    for (var i = 0; i < form.elements.length; i++) {
      var el = form.elements[i];
      if (!el.name) { continue; }
      parts.push(encodeURIComponent(el.name) + '=' + encodeURIComponent(el.value));
    }
    return parts.join('&');
  }

  function attempt(body, text, tries) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.getAttribute('action'));
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.timeout = 15000;
    xhr.onload = function () {
      var answer = null;
      try { answer = JSON.parse(xhr.responseText); } catch (e) { answer = null; }
      if (xhr.status === 200 && answer && answer.ok) {
        busy = false;
        form.elements.s.value = answer.next;
        form.elements.text.value = '';
        if (sentList) {
          var li = document.createElement('li');
          li.textContent = text;
          sentList.appendChild(li);
        }
        say(strings.getAttribute('data-sent'), false);
        form.elements.text.focus();
      } else if (xhr.status >= 500 || xhr.status === 0) {
        retry(body, text, tries);
      } else {
        busy = false;
        say(answer && answer.error ? answer.error : String(xhr.status), true);
      }
    };
    xhr.onerror = function () { retry(body, text, tries); };
    xhr.ontimeout = function () { retry(body, text, tries); };
    xhr.send(body);
  }

  function retry(body, text, tries) {
    say(strings.getAttribute('data-retry'), true);
    // The same body, so the same submission id: the laptop stores it once.
    var wait = Math.min(10000, 500 * Math.pow(2, tries));
    setTimeout(function () { attempt(body, text, tries + 1); }, wait);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    if (busy) { return; }
    var text = form.elements.text.value;
    if (!text.replace(/\s+/g, '')) { form.elements.text.focus(); return; }
    busy = true;
    say(strings.getAttribute('data-sending'), false);
    attempt(encode(), text, 0);
  });
}());
