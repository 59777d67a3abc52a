import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ERROR_CODES, httpStatusFor, isDomainError, type ErrorCode } from '@stance/errors';
import type { Response } from 'express';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** The one place where errors become HTTP responses: domain codes map to statuses. */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (isDomainError(exception)) {
      if (exception.retryAfterSeconds !== undefined)
        res.setHeader('Retry-After', String(exception.retryAfterSeconds));
      this.send(res, httpStatusFor(exception.code), {
        error: { code: exception.code, message: exception.message, details: exception.details },
      });
      return;
    }
    const code = (exception as { code?: unknown } | null)?.code;
    if (exception instanceof Error && typeof code === 'string' && code in ERROR_CODES) {
      // Coded errors of other packages (contracts, codebook) map by the same table.
      this.send(res, httpStatusFor(code as ErrorCode), { error: { code, message: exception.message } });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      this.send(res, status, { error: { code: `HTTP_${status}`, message: exception.message } });
      return;
    }
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    this.send(res, 500, { error: { code: 'INTERNAL', message: 'internal error' } });
  }

  private send(res: Response, status: number, body: ErrorBody): void {
    if (res.headersSent) return;
    res.status(status).json(body);
  }
}
