import { foldText } from '../../domain/text-folding';
import { Mention, spanOf } from './ingest.model';

/*
 * Working groups named in a page: "the ET 2020 Working Group on VET", "the Thematic working group on ...",
 * "groupe de travail ...", "Arbeitsgruppe ...".
 */

/** Working group names, full names first; a later short mention ("the Thematic working group") is not repeated. */
export function findWorkingGroups(text: string): Array<Mention<string>> {
  const patterns = [
    /\b((?:[\p{Lu}\d][\p{L}\d\-]* +){0,4}[Ww]orking [Gg]roup(?:\s+(?:on|for|of)\s+[^.,;:()\n]+?)?)(?=\s+(?:will|was|were|is|are|has|have|had|held|holds|organised|organized|discussed|visited|took|takes|met|meets|during|which|that|and\s+(?:the|its|their)|to|at|in\s+\p{Lu})\b|[.,;:()\n]|$)/gu,
    /\b([Gg]roupe de travail(?:\s+(?:th[ée]matique|\p{Lu}[\p{L}\d\-]*))*(?:\s+(?:sur|pour|consacr[ée] [àa])\s+[^.,;:()\n]+?)?)(?=\s+(?:se|a|aura|avait|est|sera|qui|et|lors)\b|[.,;:()\n]|$)/gu,
    /\b((?:[\p{Lu}\d][\p{L}\d\-]*\s+){0,3}(?:Thematische\s+)?Arbeitsgruppe(?:\s+(?:zu|zur|zum|für|über)\s+[^.,;:()\n]+?)?)(?=\s+(?:wird|wurde|hat|hatte|ist|war|und|die|der)\b|[.,;:()\n]|$)/gu,
  ];
  const found: Array<Mention<string>> = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const name = match[1].trim().replace(/^(?:The|A|An|Its|This)\s+(?=\S)/u, '');
      const qualified = /\s(?:on|for|of|sur|pour|consacr|zu|zur|zum|für|über)\s/u.test(name);
      const proper = /^[\p{Lu}\d]/u.test(name) && !/^(?:[Ww]orking|Groupe|Arbeitsgruppe)/u.test(name);
      if (!qualified && !proper) continue;
      if (found.some((f) => foldText(f.value).startsWith(foldText(name)))) continue;
      const start = (match.index ?? 0) + match[0].indexOf(name);
      found.push({ value: name, confidence: qualified ? 0.85 : 0.6, span: spanOf(text, start, start + name.length) });
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start);
}

