/**
 * The part of pdfmake 0.3's server API that the report renderer uses.
 *
 * Why not @types/pdfmake: its interfaces.d.ts starts with `/// <reference lib="dom" />`, which
 * pulls the DOM library into the whole API compilation (fetch's BodyInit then rejects Node
 * Buffers in unrelated tests). This ambient declaration is small and checked against our usage.
 */
declare module 'pdfmake' {
  export type Margins = number | [number, number] | [number, number, number, number];
  export type Size = number | 'auto' | '*' | `${number}%`;

  export interface Style {
    font?: string;
    fontSize?: number;
    bold?: boolean;
    italics?: boolean;
    color?: string;
    fillColor?: string;
    lineHeight?: number;
    alignment?: 'left' | 'right' | 'center' | 'justify';
    margin?: Margins;
  }

  interface NodeBase extends Style {
    style?: string | string[];
    pageBreak?: 'before' | 'after';
    /** Passed through to pageBreakBefore as nodeInfo.headlineLevel. */
    headlineLevel?: number;
    width?: Size;
  }

  export interface TextNode extends NodeBase {
    text: string | (string | TextNode)[];
    /** Adds the node to the (default) table of contents. */
    tocItem?: boolean | string;
    /** Adds the node to the PDF bookmarks. */
    outline?: boolean;
  }

  export interface ColumnsNode extends NodeBase {
    columns: Content[];
  }

  export interface TableLayout {
    hLineWidth?: (rowIndex: number) => number;
    vLineWidth?: (columnIndex: number) => number;
    hLineColor?: (rowIndex: number) => string;
    vLineColor?: (columnIndex: number) => string;
    paddingLeft?: (columnIndex: number) => number;
    paddingRight?: (columnIndex: number) => number;
    paddingTop?: (rowIndex: number) => number;
    paddingBottom?: (rowIndex: number) => number;
  }

  export interface TableNode extends NodeBase {
    table: {
      body: Content[][];
      widths?: Size[];
      headerRows?: number;
      dontBreakRows?: boolean;
    };
    layout?: 'noBorders' | 'headerLineOnly' | 'lightHorizontalLines' | TableLayout;
  }

  export interface ListNode extends NodeBase {
    ul: Content[];
  }

  export interface TocNode extends NodeBase {
    toc: { title?: Content; textMargin?: Margins; textStyle?: Style; numberStyle?: Style; outlines?: boolean };
  }

  export type Content = string | TextNode | ColumnsNode | TableNode | ListNode | TocNode | Content[];

  /** What pageBreakBefore receives about a laid-out node. */
  export interface NodeInfo {
    headlineLevel?: number;
    pageNumbers: number[];
  }

  export interface NodeQueries {
    getFollowingNodesOnPage(): NodeInfo[];
  }

  export type DynamicContent = (currentPage: number, pageCount: number) => Content | null;

  export interface DocumentDefinition {
    content: Content;
    pageSize?: 'A4';
    pageOrientation?: 'portrait' | 'landscape';
    pageMargins?: Margins;
    /** BCP 47 tag, written to the catalogue's /Lang. */
    language?: string;
    info?: { title?: string; author?: string; subject?: string; keywords?: string; creator?: string; producer?: string; creationDate?: Date; modDate?: Date };
    defaultStyle?: Style;
    styles?: Record<string, Style>;
    header?: DynamicContent;
    footer?: DynamicContent;
    pageBreakBefore?: (node: NodeInfo, nodes: NodeQueries) => boolean;
  }

  export interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  export interface CreatedPdf {
    getBuffer(): Promise<Buffer>;
  }

  /** module.exports is one pdfmake instance (a process-wide singleton); call its methods on it, never detached. */
  interface PdfMake {
    addFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(definition: DocumentDefinition): CreatedPdf;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}
