import { SMTPServer } from "smtp-server";

/** A real SMTP server on 127.0.0.1 and a free port chosen now, keeping every message it receives. */
export async function startSmtp(): Promise<{
  url: string;
  messages: { to: string[]; raw: string }[];
  close: () => Promise<void>;
}> {
  const messages: { to: string[]; raw: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        messages.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A MIME part's text with quoted-printable undone (enough to read what a digest says). */
export function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/((?:=[0-9A-F]{2})+)/g, (m) =>
    Buffer.from(
      m
        .split("=")
        .slice(1)
        .map((h) => parseInt(h, 16)),
    ).toString("utf8"),
  );
}

/** A received message as text: headers unfolded, the body's quoted-printable undone. */
export function readMail(raw: string): string {
  const split = raw.indexOf("\r\n\r\n");
  return `${raw.slice(0, split).replace(/\r\n[ \t]+/g, " ")}\r\n\r\n${decodeQuotedPrintable(raw.slice(split + 4))}`;
}
