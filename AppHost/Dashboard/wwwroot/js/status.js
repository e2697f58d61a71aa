// The polite live region in the corner: tells screen readers and eyes what an action did.

let timer;

export function announce(message, isError = false) {
  const status = document.getElementById('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
  clearTimeout(timer);
  timer = setTimeout(() => { status.textContent = ''; status.classList.remove('error'); }, isError ? 8000 : 4000);
}
