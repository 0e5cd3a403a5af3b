import { describe, expect, it } from 'vitest';
import shipped from '../../resources/data/stack-taxonomy.json' with { type: 'json' };
import {
  languageOf,
  MAX_ADVISED_LANGUAGES,
  pickedLanguages,
  stackTaxonomy,
  taxonomySchema,
} from '../../shared/domain/stack-taxonomy';
import { emptyRoleSpec, type RoleSpec } from '../../shared/roles';

/**
 * The "more than two languages" hint counts the languages a stack implies: a framework
 * (Spring Boot, Django, Rails) stands for its language, and a framework next to one of its
 * own languages (Express next to JavaScript) adds nothing.
 */

function stack(primary: string[], secondary: string[] = []): RoleSpec['stack'] {
  return { ...emptyRoleSpec().stack, primary, secondary };
}

describe('languages a stack implies', () => {
  it('counts the language behind each framework', () => {
    const picked = pickedLanguages(stack(['Spring Boot', 'Django', 'Ruby on Rails', 'Laravel']));
    expect(picked).toEqual(['Java', 'Python', 'Ruby', 'PHP']);
    expect(picked.length).toBeGreaterThan(MAX_ADVISED_LANGUAGES);
  });

  it.each([
    ['NestJS', 'TypeScript (Node.js)'],
    ['Express', 'TypeScript (Node.js)'],
    ['Fastify', 'TypeScript (Node.js)'],
    ['Django', 'Python'],
    ['FastAPI', 'Python'],
    ['Flask', 'Python'],
    ['Spring Boot', 'Java'],
    ['Quarkus', 'Java'],
    ['Ktor', 'Kotlin'],
    ['Ruby on Rails', 'Ruby'],
    ['Rails', 'Ruby'],
    ['Laravel', 'PHP'],
    ['Symfony', 'PHP'],
    ['.NET 8', 'C# (.NET)'],
    ['.NET 9', 'C# (.NET)'],
    ['ASP.NET Core', 'C# (.NET)'],
    ['Phoenix', 'Elixir'],
    ['Gin', 'Go'],
    ['Axum', 'Rust'],
    ['Akka', 'Scala'],
  ])('%s is %s', (framework, language) => {
    expect(pickedLanguages(stack([framework]))).toEqual([language]);
  });

  it('recognises more language names, and a version after a name', () => {
    expect(languageOf('Scala')).toBe('Scala');
    expect(languageOf('JavaScript')).toBe('JavaScript (Node.js)');
    expect(languageOf('js')).toBe('JavaScript (Node.js)');
    expect(languageOf('C++')).toBe('C++');
    expect(languageOf('cpp')).toBe('C++');
    expect(languageOf('Clojure')).toBe('Clojure');
    expect(languageOf('Python 3.12')).toBe('Python');
    expect(languageOf('Java 21')).toBe('Java');
    expect(languageOf('Spring Boot')).toBeNull(); // a framework, not a language name
    expect(languageOf('GraphQL')).toBeNull();
  });

  it('does not count a framework again next to one of its languages', () => {
    expect(pickedLanguages(stack(['Express'], ['JavaScript']))).toEqual(['JavaScript (Node.js)']);
    expect(pickedLanguages(stack(['NestJS', 'TypeScript (Node.js)']))).toEqual(['TypeScript (Node.js)']);
    expect(pickedLanguages(stack(['Spring Boot'], ['Kotlin']))).toEqual(['Kotlin']);
    expect(pickedLanguages(stack(['Django', 'FastAPI'], ['Python', 'GraphQL']))).toEqual(['Python']);
  });

  it('warns for a mixed stack of frameworks and languages', () => {
    expect(pickedLanguages(stack(['Django', 'Go'], ['Scala', 'REST']))).toEqual(['Python', 'Go', 'Scala']);
  });

  it('resolves every suggested primary entry to a language', () => {
    for (const entry of stackTaxonomy.categories.primary)
      expect(pickedLanguages(stack([entry])), entry).toHaveLength(1);
  });

  it('refuses a taxonomy whose framework names a language it does not list', () => {
    const broken = {
      ...shipped,
      frameworks: [...shipped.frameworks, { name: 'Vapor', aliases: [], languages: ['Swift-ish'] }],
    };
    expect(taxonomySchema.safeParse(broken).error?.issues[0]?.message).toContain('Swift-ish');
  });
});
