/** Transport id of JetStreamServer; handlers declared with it register on this transport only. */
export const JETSTREAM_TRANSPORT = Symbol('JETSTREAM_TRANSPORT');
