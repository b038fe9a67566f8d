import { InitialSchema1795256418748 } from './1795256418748-initial-schema.js';
import { ProcessorRegisterChainsAgreements1795260285294 } from './1795260285294-processor-register-chains-agreements.js';

/** Every migration, in order. Generated with `npm run db:generate`, reviewed, then listed here. */
export const MIGRATIONS: Function[] = [InitialSchema1795256418748, ProcessorRegisterChainsAgreements1795260285294];
