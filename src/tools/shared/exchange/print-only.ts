/**
 * Prints one part of the page: everything beside the element and beside each of its ancestors
 * gets print.css's "no-print" class until printing ends. No stylesheet of its own, so nothing
 * the strict Content Security Policy (style-src 'self') would refuse.
 */
export function printOnly(el: HTMLElement): void {
  const added: Element[] = [];
  for (let node: HTMLElement | null = el; node && node !== document.body; node = node.parentElement)
    for (const sibling of node.parentElement?.children ?? [])
      if (sibling !== node && !sibling.classList.contains('no-print')) {
        sibling.classList.add('no-print');
        added.push(sibling);
      }
  const restore = () => added.forEach((e) => e.classList.remove('no-print'));
  window.addEventListener('afterprint', restore, { once: true });
  window.print();
}
