// Copy buttons: <button data-copy="ID"> copies the text of the element with that id.
// A static file, so the pages need no inline script under the Content-Security-Policy.
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-copy]");
  if (!button) {
    return;
  }
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source) {
    return;
  }
  var text = source.innerText.trim();
  var done = function () {
    button.textContent = "Copied";
    button.setAttribute("data-copied", "true");
    setTimeout(function () { button.textContent = "Copy citation"; }, 2500);
  };
  var fallback = function () {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { document.execCommand("copy"); } catch (e) { /* the text stays selected for the reader to copy */ }
    done();
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, fallback);
  } else {
    fallback();
  }
});
