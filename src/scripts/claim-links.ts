/**
 * Essay pages: a "Copy link" button beside each claim's permalink. Reading needs
 * none of this — the permalink is printed and the marker is a link — it only saves
 * a select-and-copy. Buttons are added when a claim's details are first opened.
 */
const announcer = document.createElement('p');
announcer.className = 'visually-hidden';
announcer.setAttribute('aria-live', 'polite');
document.body.append(announcer);

function addCopyButton(claim: Element): void {
  const code = claim.querySelector('.claim-info code');
  if (!code || code.nextElementSibling?.classList.contains('copy-link')) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.textContent = 'Copy link';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      announcer.textContent = 'Link copied';
      button.textContent = 'Copied';
    } catch {
      announcer.textContent = 'Copying is blocked here: select the link and copy it';
    }
  });
  code.after(' ', button);
}

function openFromHash(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const claim = id ? document.getElementById(id) : null;
  if (claim?.classList.contains('claim')) addCopyButton(claim);
}

addEventListener('hashchange', openFromHash);
openFromHash();
export {};
