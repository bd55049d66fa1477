/**
 * The small Markdown subset workshop texts use: paragraphs split by blank lines, "- " or "* "
 * bullet lists and "1. " numbered lists (also straight after a paragraph's last line). Anything
 * else is plain text: no HTML, links or emphasis, so a template can never inject markup.
 */
export type InfoBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'numbered'; items: string[]; start: number };

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;

export function infoBlocks(body: string): InfoBlock[] {
  const blocks: InfoBlock[] = [];
  let paragraph: string[] = [];
  let list: Extract<InfoBlock, { kind: 'bullets' | 'numbered' }> | undefined;

  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  const endList = () => {
    if (list) blocks.push(list);
    list = undefined;
  };

  for (const line of body.split(/\r?\n/)) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (line.trim() === '') {
      endParagraph();
      endList();
    } else if (bullet) {
      endParagraph();
      if (list?.kind !== 'bullets') {
        endList();
        list = { kind: 'bullets', items: [] };
      }
      list.items.push(bullet[1]!.trim());
    } else if (numbered) {
      endParagraph();
      if (list?.kind !== 'numbered') {
        endList();
        list = { kind: 'numbered', items: [], start: Number(numbered[1]) };
      }
      list.items.push(numbered[2]!.trim());
    } else if (list && /^\s+\S/.test(line)) {
      // An indented line carries on the list item above it.
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last]} ${line.trim()}`;
    } else {
      endList();
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  endList();
  return blocks;
}
