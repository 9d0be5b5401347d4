namespace EduRelief.Host.Demo.County;

/// <summary>教育扶贫政策进万家: a hundred activities across the townships from March to November, 50,000 leaflets in all.</summary>
internal static class OutreachPlanner
{
    private const int Activities = 100;

    private static readonly string[] Kinds = ["政策宣讲会", "入户走访宣传", "发放政策明白纸", "家长会政策宣讲", "赶集日政策咨询", "“扶贫扶志·感恩奋进”主题班会"];

    public static IReadOnlyList<PlannedOutreach> Plan(DemoCounty county, Random random)
    {
        var weights = Enumerable.Range(0, Activities).Select(_ => random.Next(20, 80)).ToList();
        var total = weights.Sum();
        var materials = weights.Select(w => SeedFigures.OutreachMaterials * w / total / 10 * 10).ToList();
        materials[^1] += SeedFigures.OutreachMaterials - materials.Sum();
        var outreach = new List<PlannedOutreach>();
        for (var i = 0; i < Activities; i++)
        {
            var township = county.Townships[i % county.Townships.Count];
            var date = DemoCalendar.On(3, 1).AddDays(i * 270 / Activities);
            outreach.Add(new PlannedOutreach(date, township.Code, Kinds[random.Next(Kinds.Length)], random.Next(40, 400), materials[i]));
        }

        return outreach;
    }
}
