// Question types read from cue words: "mấy" asks how many, except in "mấy năm gần đây" (these last few years).
import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../src/engine/analyze-question.js';
import { ConceptMatcher } from '../src/engine/ConceptMatcher.js';

const matcher = new ConceptMatcher([], new Set());
const types = (q: string) => [...analyzeQuestion(q, matcher).types];

describe('question cues', () => {
  it.each(['AMM 53 có mấy đoàn tham dự?', 'ASEAN có mấy nước thành viên?', 'Việt Nam làm Chủ tịch ASEAN mấy lần?'])('reads %j as how many', (q) => {
    expect(types(q)).toContain('howMany');
  });

  it.each([
    'Hợp tác ASEAN - LHQ mấy năm gần đây ra sao?',
    'Quan hệ hai bên mấy tháng qua thế nào?',
    'Vai trò của ASEAN mấy năm trở lại đây có gì mới?',
  ])('does not read %j as how many: a recent period says when', (q) => {
    expect(types(q)).not.toContain('howMany');
  });

  it('reads an English cue with its noun in the plural as the singular does', () => {
    expect(types('Which officials took part in the online SOM?')).toContain('who');
    expect(types('Which cities hosted the SOM meetings in 2019?')).toContain('where');
    expect(types('Which official took part in the online SOM?')).toContain('who');
  });

  it('reads "may" as "mấy" only in Vietnamese', () => {
    expect(types('What may ASEAN decide at the summit?')).not.toContain('howMany');
  });
});
