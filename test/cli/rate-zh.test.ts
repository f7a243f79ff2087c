import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

/** Rows as objects keyed by header. */
const byHeader = (rows: string[][]) => rows.slice(1).map((r) => Object.fromEntries(rows[0]!.map((h, i) => [h, r[i] ?? ''])));

// Every expected sentence below is written by hand from the rules, not pasted from the output.
describe('sme-navigator rate --lang zh-CN', () => {
  it('writes reasons, errors and the summary in Chinese; ids and headers stay as they are', async () => {
    const run = await runCli(['rate', 'test/cli/fixtures/bad-rows.csv', '--lang', 'zh-CN']);
    expect(run.code).toBe(1);
    const rows: string[][] = parse(run.stdout);
    expect(rows[0]).toEqual(['企业名称', '行业', '从业人员', '营业收入', '资产总额', 'size', 'size_reason', 'error']);
    expect(rows.slice(1).map((r) => [r[5], r[6], r[7]])).toEqual([
      // Good Works: industry, 350 persons, 2,500 (10k yuan) → medium (300 / 2,000), not large (1,000 / 40,000).
      ['medium', '中型企业：从业人员350人 ≥ 300人，且营业收入2,500万元 ≥ 2,000万元；未达大型企业标准：从业人员350人 < 1,000人，且营业收入2,500万元 < 40,000万元', ''],
      ['', '', '行业“minning”不在 prc-2017 中；是否应为“mining”（归入工业）？'],
      ['', '', '从业人员应为不小于0的数字，当前为“abc”'],
      ['', '', ''],
      ['', '', '营业收入应为不小于0的数字，当前为-5'],
      // Retail: small needs 10 persons and 100 (10k yuan).
      ['micro', '微型企业：未达小型企业标准：从业人员8人 < 10人，且营业收入90万元 < 100万元', ''],
      [
        'large',
        '大型企业：从业人员400人 ≥ 300人，且营业收入3,000,000,000,000万元 ≥ 20,000万元；警告：营业收入3,000,000,000,000万元，超过全球任何企业的实际规模（上限1,000,000,000万元）；请核对金额单位',
        '',
      ],
    ]);
    expect(run.stderr).toBe(
      [
        'sme-navigator：共6家企业，按 prc-2017 标准评定3家；3家无法评定；1家有警告；保留空行1行',
        '  第3行“行业”列：行业“minning”不在 prc-2017 中；是否应为“mining”（归入工业）？',
        '  第4行“从业人员”列：从业人员应为不小于0的数字，当前为“abc”',
        '  第6行“营业收入”列：营业收入应为不小于0的数字，当前为-5',
        '  第8行，警告：营业收入3,000,000,000,000万元，超过全球任何企业的实际规模（上限1,000,000,000万元）；请核对金额单位',
        '',
      ].join('\n'),
    );
  });

  it('speaks Chinese when the locale is Chinese, and English when --lang en overrides it', async () => {
    const zh = await runCli(['rate', 'test/cli/fixtures/bad-rows.csv'], { LANG: 'zh_CN.UTF-8' });
    expect(zh.stderr.split('\n')[0]).toBe('sme-navigator：共6家企业，按 prc-2017 标准评定3家；3家无法评定；1家有警告；保留空行1行');
    const en = await runCli(['rate', 'test/cli/fixtures/bad-rows.csv', '--lang', 'en'], { LANG: 'zh_CN.UTF-8' });
    expect(en.stderr.split('\n')[0]).toBe('sme-navigator: rated 3 of 6 firms under prc-2017; 3 could not be rated; 1 with warnings; 1 blank row kept');
  });

  it('accepts zh, zh-cn and cn for zh-CN', async () => {
    for (const lang of ['zh', 'zh-cn', 'cn']) {
      const run = await runCli(['rate', 'nope.csv', '--lang', lang]);
      expect([run.code, run.stderr]).toEqual([2, 'sme-navigator：nope.csv：文件不存在\n']);
    }
  });

  it('fills sentence cells in Chinese and keeps id cells as ids', async () => {
    const run = await runCli(['rate', 'examples/firms.csv', '--lang', 'zh-CN']);
    expect(run.code).toBe(0);
    const lakeside = byHeader(parse(run.stdout))[0]!;
    expect([lakeside.size, lakeside.mode, lakeside.strategy, lakeside.export_orientation, lakeside.tech_gap, lakeside.credit_status]).toEqual([
      'medium',
      'fast-follower',
      'cluster',
      'high',
      'customer 16',
      'not-constrained',
    ]);
    expect([lakeside.constraint_index, lakeside.internal_index, lakeside.external_index]).toEqual(['59', '67', '43']);
    // Binding: no collateral (125 < 250), differential treatment, weak governance (owner-operated, no independent
    // director), short history (1 year), small loans, market risk, second-tier perception.
    expect(lakeside.binding_constraints!.split('；').sort()).toEqual(
      ['缺乏可靠的抵押品', '因所有制、地区、规模或行业受到差别待遇', '公司治理和经营管理薄弱', '信用记录短', '小额贷款对银行不经济', '企业所在细分市场的风险', '中小企业被视为二流企业'].sort(),
    );
    expect(lakeside.instruments!.split('；')).toEqual(expect.arrayContaining(['融资租赁', '保理', '风险投资', '面向集群的关系型融资']));
    expect(lakeside.vc_fit!.split('；')).toContain('高校风险投资');
    expect(run.stderr.split('\n')[0]).toBe('sme-navigator：共50家企业，按 prc-2017 标准评定50家；10家有警告');
  });

  it('says usage errors in Chinese', async () => {
    const cases: [string[], string][] = [
      [['rate', 'test/cli/fixtures/no-sector.csv'], 'sme-navigator：test/cli/fixtures/no-sector.csv 中没有“行业”列（sector）；prc-2017 需要该列\n'],
      [['rate', 'examples/firms.csv', '--standard', 'prc-2020'], 'sme-navigator：未知的划型标准“prc-2020”；请使用以下之一：prc-2003、prc-2011、prc-2017、eu-2003、ifc\n'],
      [['rate', 'examples/firms.csv', '--unit', 'usd'], 'sme-navigator：prc-2017 不使用金额单位“usd”；请使用以下之一：万元、元、百万元\n'],
      [['rate', 'test/cli/fixtures/has-size.csv'], 'sme-navigator：test/cli/fixtures/has-size.csv 已有结果列 size；如需覆盖，请加 --replace，或将其改名\n'],
      [['rate', 'examples/firms.csv', '--bogus'], '错误：未知选项“--bogus”\n'],
    ];
    for (const [args, message] of cases) {
      const run = await runCli([...args, '--lang', 'zh-CN']);
      expect([run.code, run.stderr]).toEqual([2, message]);
    }
    const fr = await runCli(['rate', 'examples/firms.csv', '--lang', 'fr']);
    expect([fr.code, fr.stderr]).toEqual([2, "sme-navigator: unknown language 'fr'; use en or zh-CN\n"]);
  });
});

describe('sme-navigator cluster --lang zh-CN', () => {
  it('reports the sample as a vertical cluster, in Chinese', async () => {
    const run = await runCli(['cluster', 'examples/firms.csv', '--lang', 'zh-CN']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 8)).toEqual([
      '集群报告：企业记录共50行',
      '',
      '规模（按 prc-2017 标准，金额单位：万元）：50家企业中已划型50家',
      '  - 微型企业10家、小型企业13家、中型企业17家、大型企业10家',
      '“缺失的中间层”：',
      '  - 不存在“缺失的中间层”：已划型的50家企业中，大型10家、中型17家、小型或微型23家（中型企业多于大型企业）',
      '',
      '集群类型：垂直型集群（vertical），即龙头企业与部分企业相连，另有功能机构参与（§2.5）',
    ]);
    expect(lines).toContain('  - 龙头企业：Ningbo Bearing Works（表中已标记）');
    expect(lines).toContain('  - 不是有组织集群：50家企业中只有4家开展合作（8%，低于50%）');
    expect(lines).toContain('  - 已关联的功能机构：高校或科研院所、银行或金融中介、政府部门；未关联：非金融中介机构（营销、人力资源）');
    expect(lines).toContain('学习模式（图1）：50家企业中已评定50家');
    expect(lines).toContain('  - 快速跟随创新模式13家、工艺能力先导模式13家、产品技术先导模式12家、应用专家模式12家');
    expect(lines).toContain('结合出口导向（图2）：');
    expect(lines).toContain(
      '  - 全球化快速跟随创新模式6家、内销型快速跟随企业7家、出口型工艺先导企业6家、内销型工艺先导企业7家、出口型产品先导企业4家、内销型产品先导企业8家、出口型应用专家企业4家、内销型应用专家企业8家',
    );
    expect(lines).toContain('政策工具（§5）：');
    expect(lines).toContain('  - §5.2 促进企业间合作');
    expect(lines).toContain('    - 只有8%的企业与其他企业开展合作：可对合作给予税收激励，并开展联合对标（§5.2）');
    expect(lines).toContain('    - 50家企业中有25家产品技术能力低：宜通过技术经纪人和创新网络，开展需求驱动的国内技术转移（§5.4）');
  });

  it('renders the JSON messages in Chinese too, with the ids unchanged', async () => {
    const report = JSON.parse((await runCli(['cluster', 'examples/firms.xlsx', '--json', '--lang', 'zh-CN'])).stdout);
    expect(report.clusterType.type).toBe('vertical');
    expect(report.clusterType.reasons[0].message).toBe('龙头企业：Ningbo Bearing Works（表中已标记）');
  });
});
