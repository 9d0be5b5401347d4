using System.Globalization;
using EduRelief.Host.Demo.County;

namespace EduRelief.Host.Demo;

/// <summary>What the demo county is, and where it departs from national defaults to reproduce the seed's figures (DOMAIN.md).</summary>
internal sealed record DemoDescription(string Chinese, string English)
{
    public static DemoDescription Of(DemoCounty county)
    {
        var (townships, villages, schools, students) = (county.Townships.Count, county.Villages.Count, county.Schools.Count, county.Students.Count);
        var poor = county.Students.Where(s => s.Poor && s.School.Compulsory).ToList();
        var boarders = poor.Count(s => s.Boarding);
        var denominator = county.Students.Count(CountyPlanner.EnrolledAtStartOfYear);
        var late = denominator / SeedFigures.StudentsPerDropoutNotReturned;
        var rates = LocalRates.LivingSubsidy.ToDictionary(r => (r.Stage, r.Boarding), r => r.PerTerm.ToString("#,0", CultureInfo.InvariantCulture));
        string Rate(Contracts.Registry.Stage stage, bool boarding) => rates[(stage, boarding)];
        var (pb, pd, jb, jd) = (Rate(Contracts.Registry.Stage.Primary, true), Rate(Contracts.Registry.Stage.Primary, false), Rate(Contracts.Registry.Stage.JuniorSecondary, true), Rate(Contracts.Registry.Stage.JuniorSecondary, false));
        return new DemoDescription(
            string.Create(CultureInfo.InvariantCulture, $"""
                {CountyGeography.CountyName}（虚构，行政区划代码 {CountyGeography.AreaCode}）：{townships} 个乡镇、{villages} 个村（社区）、{schools} 所学校、{students} 名学生，全部经各模块自己的接口录入（学生花名册、残联学龄残疾儿童名单为导入），由县资助中心两名工作人员办理：一人录入、建批次，另一人审批（双人复核），批次再按银行回盘对账。
                县级标准：自 {LocalRates.EffectiveFrom:yyyy-MM-dd} 起生活补助按县级标准发放（每学期）：小学寄宿生 {pb} 元、走读生 {pd} 元，初中寄宿生 {jb} 元、走读生 {jd} 元（国家基础标准 500/250 元、625/312.5 元，差额由县财政配套）；雨露计划每学期 3,000 元、中职国家助学金 1,000 元、学前教育资助 500 元，为目录默认标准。
                学生结构：义务教育阶段贫困家庭学生 {poor.Count} 名，其中寄宿生 {boarders} 名；2025 年秋季入学的一年级学生当年只有秋季学期一次生活补助。本系统 2025 年发放的均为现金资助：生活补助与学前教育资助两个学期，2025 年秋季入学的中职新生雨露计划与国家助学金各一个学期；营养改善计划、免费教科书为实物，未建批次；普通高中国家助学金不在本系统目录中，高中阶段贫困学生只计入识别人数。
                控辍保学：辍学学生均非贫困家庭学生（无一人因贫失学）。2025 年劝返复学 {SeedFigures.PersuadedReturns} 名；年底新发现的 {late} 名至年末尚未返校，2026 年 1 月劝返复学，故 2025 年巩固率为 1 − {late}/{denominator} = 99.8%。
                中职：2025 年秋季县中等职业学校新开电子商务、现代农业技术、家政服务专业，招收建档立卡贫困家庭学生 {SeedFigures.VocationalEnrolments} 名（部分进入订单班）；2022 级汽车运用与维修专业 {StudentMix.VocationalGraduates} 人于 2025 年 7 月毕业，其去向即就业率（76 人就业，95%）。
                """),
            string.Create(CultureInfo.InvariantCulture, $"""
                The demo county ({CountyGeography.CountyName}, made up, area code {CountyGeography.AreaCode}): {townships} townships, {villages} villages and communities, {schools} schools and {students} students, all entered through the modules' own routes (the student roster and the disabled persons' federation's list of school-age disabled children as imports) by two officers of the county's relief office: one enters the records and creates the batches, the other approves them (four eyes), and each batch is reconciled with the bank's answer.
                Local rates: from {LocalRates.EffectiveFrom:yyyy-MM-dd} the county pays living subsidies at its own rates per term: primary boarders ¥{pb}, primary day pupils ¥{pd}, junior secondary boarders ¥{jb}, junior day pupils ¥{jd} (national defaults ¥500/¥250 and ¥625/¥312.50; county funds make up the difference). Rain-Dew (¥3,000 a term), the secondary vocational grant (¥1,000) and preschool aid (¥500) are the catalogue's defaults.
                Student mix: {poor.Count} poor compulsory-stage pupils, {boarders} of them boarders; first-graders, who started in September 2025, had one term of living subsidy in the year. All aid paid through the system in 2025 is cash: living subsidy and preschool aid for both terms, Rain-Dew and the vocational grant for the new vocational intake's autumn term. School meals and free textbooks, given in kind, have no batches here, and the senior-secondary state grant is not in the catalogue, so the poor senior secondary students count among those identified only.
                Dropout control: no dropout is from a poor household. {SeedFigures.PersuadedReturns} were persuaded back during 2025; the {late} found late in the year were not back by its end and returned in January 2026, so the 2025 consolidation rate is 1 − {late}/{denominator} = 99.8%.
                Vocational: in autumn 2025 the county's vocational school opened e-commerce, modern agriculture and domestic services specialties and enrolled {SeedFigures.VocationalEnrolments} students of registered poor households (some in order-based classes); the {StudentMix.VocationalGraduates} of its 2022 automotive intake graduated in July 2025, and their outcomes are the employment rate (76 in work, 95%).
                """));
    }
}
