import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@stance/errors';
import { Public } from '@stance/nest-platform';
import { buildOpenApiDocument } from './openapi.js';
import { ROUTES } from './routes.js';

/** Swagger UI files served from the swagger-ui-dist npm package: the page works offline. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

function assetsDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Stance Tracker aggregation API</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
  <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/assets/swagger-ui-standalone-preset.js"></script>
  <script src="/docs/init.js"></script>
</body>
</html>
`;

// Kept out of the page so a strict Content-Security-Policy (no inline scripts) still works.
const INIT = `window.ui = SwaggerUIBundle({
  url: '/docs/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  persistAuthorization: true,
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  layout: 'StandaloneLayout'
});
`;

/** OpenAPI document and a browsable UI at /docs, no internet needed. */
@Public()
@Controller('docs')
export class DocsController {
  private document: object | undefined;

  @Get()
  showUi(@Res() res: Response): void {
    res.type('html').send(PAGE);
  }

  @Get('openapi.json')
  getOpenApi() {
    this.document ??= buildOpenApiDocument(ROUTES, { title: 'Stance Tracker aggregation API', version: '1' });
    return this.document;
  }

  @Get('init.js')
  getInitScript(@Res() res: Response): void {
    res.type('text/javascript').send(INIT);
  }

  @Get('assets/:file')
  async getAsset(@Param('file') file: string, @Res() res: Response): Promise<void> {
    const type = ASSETS[file];
    if (!type) throw new DomainError('NOT_FOUND', `no documentation asset ${JSON.stringify(file)}`);
    const bytes = await readFile(path.join(assetsDir(), file));
    res.setHeader('content-type', type);
    res.setHeader('cache-control', 'public, max-age=86400');
    res.send(bytes);
  }
}
