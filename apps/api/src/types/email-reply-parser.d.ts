// The package ships no types; this is the part we use.
declare module "email-reply-parser" {
  export default class EmailReplyParser {
    parseReply(text: string): string;
  }
}
