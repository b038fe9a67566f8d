/**
 * Password bounds for people (not API tokens). 12 characters is the floor of the agencies'
 * security rules and ASVS 5.0 6.2.1; the ceiling bounds the cost of hashing.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
