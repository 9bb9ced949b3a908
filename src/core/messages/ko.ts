// Typed where `core/messages.ts` loads it (its table of built-in languages), so this file imports
// nothing: the language tables and the module that loads them form no cycle.
const messages = {
  minRead: '{n}분 읽기',
  views: '조회 {n}회',
  by: '작성자',
  listSeparator: ', ',
  updated: '업데이트',
  tags: '태그',
  related: '관련 기사',
  trending: '인기',
  pause: '일시정지',
  play: '재생',
  previous: '이전',
  next: '다음',
  loading: '불러오는 중…',
  empty: '아직 내용이 없습니다.',
  newItems: '새 항목 {n}개',
  errorPrefix: '이 콘텐츠를 표시할 수 없습니다.',
  errorData: '데이터 형식을 읽을 수 없습니다.',
  errorTooLarge: '데이터가 너무 큽니다.',
  errorNetwork: '불러오지 못했습니다.',
  errorHttp: '서버가 오류 {n}을(를) 반환했습니다.',
  errorTimeout: '불러오는 데 너무 오래 걸렸습니다.',
  retry: '다시 시도',
};

export default messages;
