// Question: For every pair of consortia, how many members do they share? (the overlap matrix, as rows)
// Parameters: none
// Example output (bundled corpus):
//   consortium                                             | other                                                  | sharedMembers | shared
//   基盤技術高度化支援グループ                             | 宮城県新事業支援体制(地域プラットフォーム)             | 10            | ["石巻専修大学","東北職業能力開発大学校","東北文化学園大学"…
//   TAP                                                    | 仙台スタートアップ・エコシステム推進協議会             | 5             | ["仙台市産業振興事業団","宮城県","東北経済産業局","仙台市",…
//   TAP                                                    | 宮城県新事業支援体制(地域プラットフォーム)             | 5             | ["みやぎ工業会","東北大学","産業技術総合研究所 東北センター…
//   ... (18 rows)
MATCH (a:Consortium)<-[:MEMBER_OF]-(o:Organization)-[:MEMBER_OF]->(b:Consortium)
WHERE a.id < b.id
RETURN a.name AS consortium, b.name AS other, count(DISTINCT o) AS sharedMembers,
       collect(DISTINCT o.name) AS shared
ORDER BY sharedMembers DESC, consortium, other;
