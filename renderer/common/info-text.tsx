import { infoBlocks } from '../../shared/template/info-blocks.js';

/**
 * A workshop's info text as paragraphs and real lists. Text only (React escapes it): the
 * template's Markdown subset never becomes markup. Each block is its own child, so the
 * projector can page between them.
 */
export function InfoText({ body, className }: { body: string; className?: string }) {
  return (
    <div className={className}>
      {infoBlocks(body).map((block, i) => {
        if (block.kind === 'paragraph')
          return (
            <p key={i} className="info-paragraph">
              {block.text}
            </p>
          );
        const items = block.items.map((item, j) => <li key={j}>{item}</li>);
        return block.kind === 'bullets' ? (
          <ul key={i} className="info-list">
            {items}
          </ul>
        ) : (
          <ol key={i} className="info-list" start={block.start}>
            {items}
          </ol>
        );
      })}
    </div>
  );
}
