/**
 * The one base of the project's own errors: each names itself (`name` is the class's name), so a
 * log line or a test says which error it was. Expected outcomes are values, not these.
 */
export abstract class AppError extends Error {
  constructor(message = '') {
    super(message);
    this.name = new.target.name;
  }
}
