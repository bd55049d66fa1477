/** A tiny page a phone can open to confirm it reaches the laptop (no script, no inline style). */
export const CHECK_PATH = '/check';
export const CHECK_CSS_PATH = '/check.css';

export const CHECK_PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Circlework: connection works</title>
<link rel="stylesheet" href="${CHECK_CSS_PATH}">
</head>
<body>
<main>
<p class="mark" aria-hidden="true">✓</p>
<h1>This phone reaches the laptop</h1>
<p>The connection works. Go back to the join address the counselor shows and enter the room code.</p>
</main>
</body>
</html>
`;

export const CHECK_PAGE_CSS = `body{margin:0;font-family:system-ui,sans-serif;background:#f6f3ee;color:#1f2a30}
main{max-width:32rem;margin:0 auto;padding:3rem 1.5rem;text-align:center}
.mark{font-size:4rem;margin:0;color:#2f6f4e}
h1{font-size:1.6rem;line-height:1.25}
p{font-size:1.1rem;line-height:1.5}
`;

export const BUILD_MISSING_TEXT =
  'Circlework is running, but the app pages are not built yet.\nRun `npm run build` (or `npm run serve`, which builds first), then reload this page.';
