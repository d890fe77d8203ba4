/**
 * `/` anywhere but in a text field focuses the site's search field (in the header of every page).
 */
const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  const target = event.target as Element | null;
  if (target?.closest?.(TYPING)) return;
  const field = document.getElementById('site-search-q') as HTMLInputElement | null;
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});
