namespace EduRelief.Host.Demo.County;

/// <summary>
/// 职业教育扶贫: the new specialties of autumn 2025 and the 500 poor-household students they enrolled, some in order-based
/// classes; the 2022 automotive intake, a third of it an order-based class, graduated in July 2025: 76 of its 80 in work.
/// </summary>
internal static class VocationalPlanner
{
    private static readonly string[] Employers = ["黔东汽车销售服务有限公司", "县城关汽车修理厂", "贵阳某新能源汽车维修中心", "遵义某物流有限公司", "县交通运输公司"];

    public static VocationalPlan Plan(DemoCounty county, Random random)
    {
        (string, string)[] specialties = [("ZY-DS", "电子商务"), ("ZY-NY", "现代农业技术"), ("ZY-JZ", "家政服务"), ("ZY-QC", "汽车运用与维修")];
        PlannedOrderClass[] classes =
        [
            new("DD2025-01", "ZY-DS", "黔货出山电子商务有限公司", 40, 2025),
            new("DD2025-02", "ZY-JZ", "县巾帼家政服务有限公司", 30, 2025),
            new("DD2022-01", "ZY-QC", "黔东汽车销售服务有限公司", 30, 2022),
        ];
        var enrolments = new List<PlannedEnrolment>();
        var entrants = county.Of(StudentGroup.VocationalEntrant).ToList();
        for (var i = 0; i < entrants.Count; i++)
        {
            var (specialty, orderClass) = (i * 10 / entrants.Count) switch
            {
                < 4 => ("ZY-DS", i % 5 == 0 ? "DD2025-01" : null),
                < 7 => ("ZY-NY", null),
                _ => ("ZY-JZ", i % 5 == 0 ? "DD2025-02" : null),
            };
            enrolments.Add(new PlannedEnrolment(entrants[i], specialty, orderClass));
        }

        var graduates = county.Of(StudentGroup.VocationalGraduate).ToList();
        var graduated = DemoCalendar.On(7, 1);
        for (var i = 0; i < graduates.Count; i++)
        {
            var (orderClass, outcome, employer) = i switch
            {
                < 30 => ("DD2022-01", "EmployedByOrderingEmployer", (string?)null),
                < 76 => (null, "EmployedElsewhere", Employers[random.Next(1, Employers.Length)]),
                < 79 => (null, "FurtherStudy", null),
                _ => ((string?)null, "NotEmployed", (string?)null),
            };
            enrolments.Add(new PlannedEnrolment(graduates[i], "ZY-QC", orderClass, graduated, outcome, employer));
        }

        return new VocationalPlan(specialties, classes, enrolments);
    }
}
