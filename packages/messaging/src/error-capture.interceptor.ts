import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { catchError, EMPTY, type Observable } from 'rxjs';
import { JetStreamContext } from './context.js';

/**
 * Nest's default RPC exception filter turns any unknown error into a generic
 * `{status:'error', message:'Internal server error'}`, losing the error's `code` — which the
 * transport needs to tell a permanent failure (dead-letter now) from a transient one (retry).
 * This interceptor hands the original error to the JetStream context instead; the transport
 * reads it from there and logs it with its outcome (so Nest does not log it a second time).
 * Other contexts (HTTP, other transports) pass through untouched.
 * MessagingModule registers it globally.
 */
@Injectable()
export class JetStreamErrorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const rpcContext = context.getType() === 'rpc' ? context.switchToRpc().getContext<unknown>() : undefined;
    if (!(rpcContext instanceof JetStreamContext)) return next.handle();
    return next.handle().pipe(
      catchError((error: unknown) => {
        rpcContext.captureError(error);
        return EMPTY;
      }),
    );
  }
}
