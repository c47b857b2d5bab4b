import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DockerfileError, envOfStage, lastOf, parseDockerfile } from './dockerfile';
import { isIgnored, parseDockerignore } from './dockerignore';

describe('reading a Dockerfile', () => {
  it('reads stages, continued lines, ENV pairs, COPY --from, and both command forms', () => {
    const [build, run] = parseDockerfile(
      [
        '# comment',
        'FROM node:20 AS build',
        'WORKDIR /app',
        'COPY package*.json ./',
        'RUN npm ci \\',
        '  && npm run build',
        'FROM node:20',
        'ENV A=1 B="two words" \\',
        '    C=3',
        'COPY --from=build /app/dist ./dist',
        'USER node',
        'HEALTHCHECK --interval=30s CMD node -e "ok()"',
        'CMD ["node", "server.js"]',
      ].join('\n'),
    );
    expect(build!.name).toBe('build');
    expect(build!.instructions[2]).toMatchObject({
      op: 'RUN',
      command: { form: 'shell', script: 'npm ci && npm run build' },
    });
    expect(envOfStage(run!)).toEqual({ A: '1', B: 'two words', C: '3' });
    expect(run!.instructions[1]).toMatchObject({ op: 'COPY', from: 'build', dest: './dist' });
    expect(lastOf(run!, 'HEALTHCHECK')).toMatchObject({
      options: { interval: '30s' },
      command: { form: 'shell', script: 'node -e "ok()"' },
    });
    expect(lastOf(run!, 'CMD')?.command).toEqual({ form: 'exec', argv: ['node', 'server.js'] });
  });

  it('refuses an instruction it does not know, naming the line', () => {
    expect(() => parseDockerfile('FROM x\nADD a b')).toThrow(DockerfileError);
    expect(() => parseDockerfile('FROM x\nADD a b')).toThrow(/line 2: ADD/);
  });

  it("reads the project's own Dockerfile: a build stage and a final stage with a CMD", () => {
    const text = readFileSync(path.resolve(__dirname, '..', '..', 'Dockerfile'), 'utf8');
    const stages = parseDockerfile(text);
    expect(stages.length).toBeGreaterThan(1);
    expect(lastOf(stages[stages.length - 1]!, 'CMD')).toBeDefined();
  });
});

describe('reading .dockerignore', () => {
  const rules = parseDockerignore(
    ['# comment', 'node_modules', '*.log', 'docs/**/*.png', 'test', '!test/keep.txt'].join('\n'),
  );

  it('leaves out a folder and everything below it', () => {
    expect(isIgnored(rules, 'node_modules')).toBe(true);
    expect(isIgnored(rules, 'node_modules/express/index.js')).toBe(true);
    expect(isIgnored(rules, 'src/node_modules.ts')).toBe(false);
  });

  it('anchors patterns at the root, with ** across folders', () => {
    expect(isIgnored(rules, 'debug.log')).toBe(true);
    expect(isIgnored(rules, 'src/debug.log')).toBe(false);
    expect(isIgnored(rules, 'docs/a/b/c.png')).toBe(true);
    expect(isIgnored(rules, 'docs/c.png')).toBe(true);
  });

  it('lets a later ! pattern bring a path back', () => {
    expect(isIgnored(rules, 'test/a.ts')).toBe(true);
    expect(isIgnored(rules, 'test/keep.txt')).toBe(false);
  });
});
