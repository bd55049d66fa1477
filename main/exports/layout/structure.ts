/**
 * The tagged-PDF structure tree (issue 20): a screen reader reads headings, paragraphs, lists,
 * tables and figures in the order they are drawn. Containers nest (Document > L > LI > LBody);
 * leaves wrap the drawing of their content; page furniture is marked as an artifact.
 */
export type ContainerRole = 'Document' | 'Sect' | 'L' | 'LI' | 'Table' | 'TR' | 'Form';
export type LeafRole = 'P' | 'H1' | 'H2' | 'H3' | 'Lbl' | 'LBody' | 'TH' | 'TD' | 'Caption';

interface ElementOptions {
  alt?: string;
  /** Which cells a table header cell heads. */
  scope?: 'Row' | 'Column';
}

/** pdfkit's element keeps its dictionary on a field its published types leave out. */
function dictionaryOf(element: PDFKit.PDFStructureElement): { data: Record<string, unknown> } {
  return (element as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary;
}

export class Structure {
  private readonly stack: PDFKit.PDFStructureElement[];
  /**
   * Inside a figure everything drawn is the figure's content, described by its alternative
   * text; nothing nests in it. These are the words drawn there, for that description.
   */
  private figureWords: string[] | undefined;
  /** Inside an artifact nothing is tagged: it is all furniture. */
  private inArtifact = false;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    const root = doc.struct('Document');
    doc.addStructure(root);
    this.stack = [root];
  }

  private get parent(): PDFKit.PDFStructureElement {
    return this.stack[this.stack.length - 1]!;
  }

  /** A container around `draw`: everything tagged inside becomes its child. */
  within<T>(role: ContainerRole, draw: () => T, options: ElementOptions = {}): T {
    if (this.figureWords || this.inArtifact) return draw();
    const element = this.doc.struct(role, options.alt ? { alt: options.alt } : {});
    this.parent.add(element);
    this.stack.push(element);
    try {
      return draw();
    } finally {
      this.stack.pop();
      element.end();
    }
  }

  /**
   * A picture or chart. Its alternative text is `alt`, or made from the words drawn inside it
   * (a chart's labels and values), so a chart reads as its numbers.
   */
  figure(alt: string | ((drawn: string) => string), draw: () => void): void {
    if (this.figureWords || this.inArtifact) {
      draw();
      return;
    }
    const element = this.doc.struct('Figure');
    this.parent.add(element);
    const words: string[] = [];
    this.figureWords = words;
    const original = this.doc.text.bind(this.doc);
    // Charts write their labels straight onto the page; each one is part of the description.
    this.doc.text = ((text: unknown, ...rest: unknown[]) => {
      if (typeof text === 'string' && text.trim()) words.push(text.trim());
      return (original as (...args: unknown[]) => PDFKit.PDFDocument)(text, ...rest);
    }) as typeof this.doc.text;
    try {
      element.add(draw);
    } finally {
      this.doc.text = original as typeof this.doc.text;
      this.figureWords = undefined;
      const text = typeof alt === 'string' ? alt : alt(words.join('; '));
      dictionaryOf(element).data.Alt = new String(text);
      element.end();
    }
  }

  /**
   * Content of one role: the marks `draw` makes are this element's content. `said` is what a
   * mark without words means (a ticked box), for a figure's description.
   */
  leaf(role: LeafRole, draw: () => void, options: ElementOptions = {}, said?: string): void {
    if (this.figureWords || this.inArtifact) {
      if (said) this.figureWords?.push(said);
      draw();
      return;
    }
    const element = this.doc.struct(role, options.alt ? { alt: options.alt } : {});
    if (options.scope) {
      const data = dictionaryOf(element).data;
      data.A = { O: 'Table', Scope: options.scope };
    }
    this.parent.add(element);
    element.add(draw);
    element.end();
  }

  /** Page furniture a screen reader skips: rules, boxes, headers and footers. */
  artifact(draw: () => void, type?: 'Pagination' | 'Layout'): void {
    if (this.figureWords || this.inArtifact) {
      draw();
      return;
    }
    this.doc.markContent('Artifact', type ? { type } : undefined);
    this.inArtifact = true;
    try {
      draw();
    } finally {
      this.inArtifact = false;
      this.doc.endMarkedContent();
    }
  }
}
