// The team's replies are Markdown. In e-mail they become safe HTML (markdown-it with raw HTML off:
// a tag someone typed stays visible text) and a readable plain-text form ("title (url)").
import MarkdownIt from "markdown-it";

type Token = ReturnType<MarkdownIt["parse"]>[number];

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
// Mail clients load images from anywhere: a reply links to files instead of embedding them.
markdown.disable(["image"]);
// Only links a mail client can follow safely; any other `[text](target)` stays plain text.
markdown.validateLink = (url) => /^(https?:\/\/|mailto:)/i.test(url.trim());

const linkOpen = markdown.renderer.rules.link_open;
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index];
  token?.attrSet("rel", "noopener noreferrer");
  token?.attrSet("style", "color:#1d4ed8");
  return linkOpen ? linkOpen(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
};

/** A reply as HTML for e-mail: paragraphs, lists, emphasis, code and links; never raw HTML. */
export function replyMarkdownToHtml(source: string): string {
  return markdown.render(source.replace(/\r\n?/g, "\n")).trim();
}

/** A reply as plain text: the Markdown marks gone, each link written as "title (url)". */
export function replyMarkdownToText(source: string): string {
  const blocks: string[] = [];
  let current = "";
  const listCounters: (number | null)[] = [];
  for (const token of markdown.parse(source.replace(/\r\n?/g, "\n"), {})) {
    switch (token.type) {
      case "bullet_list_open":
        listCounters.push(null);
        break;
      case "ordered_list_open":
        listCounters.push(Number(token.attrGet("start") ?? 1));
        break;
      case "bullet_list_close":
      case "ordered_list_close":
        listCounters.pop();
        if (listCounters.length === 0) {
          blocks.push(current.trimEnd());
          current = "";
        }
        break;
      case "list_item_open": {
        const depth = listCounters.length - 1;
        const counter = listCounters[depth];
        const marker = counter === null || counter === undefined ? "-" : `${counter}.`;
        if (typeof counter === "number") listCounters[depth] = counter + 1;
        current += `${"  ".repeat(Math.max(0, depth))}${marker} `;
        break;
      }
      case "inline":
        current += inlineText(token.children ?? []);
        break;
      case "code_block":
      case "fence":
        blocks.push(token.content.replace(/\n$/, ""));
        break;
      case "hr":
        blocks.push("---");
        break;
      case "paragraph_close":
        // Inside a list the item's text continues on its own line, not as a new block.
        if (listCounters.length > 0) current += "\n";
        else {
          blocks.push(current.trimEnd());
          current = "";
        }
        break;
      case "heading_close":
        blocks.push(current.trimEnd());
        current = "";
        break;
      default:
        break;
    }
  }
  if (current.trim() !== "") blocks.push(current.trimEnd());
  return blocks.filter((block) => block !== "").join("\n\n");
}

function inlineText(children: Token[]): string {
  let text = "";
  const hrefs: { href: string; start: number }[] = [];
  for (const child of children) {
    if (child.type === "text" || child.type === "code_inline") text += child.content;
    else if (child.type === "softbreak" || child.type === "hardbreak") text += "\n";
    else if (child.type === "link_open")
      hrefs.push({ href: child.attrGet("href") ?? "", start: text.length });
    else if (child.type === "link_close") {
      const link = hrefs.pop();
      if (!link) continue;
      const label = text.slice(link.start);
      const href = link.href.replace(/^mailto:/i, "");
      // A bare URL or address reads as itself; a titled link keeps its URL next to the title.
      if (label !== href && label !== link.href) text += ` (${link.href})`;
    }
  }
  return text;
}
