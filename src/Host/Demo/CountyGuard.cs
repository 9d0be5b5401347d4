using EduRelief.Host.Demo.County;
using EduRelief.Host.Demo.Steps;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Modules;

namespace EduRelief.Host.Demo;

/// <summary>
/// The demo county goes only into an empty database, or onto itself (the same seed, run again): never among a real
/// county's records, whose figures it would swell, nor onto a demo county of another seed, whose students it would double.
/// </summary>
internal static class CountyGuard
{
    /// <summary>Every module the county is entered into; Access signs no one in here but keeps the audit log.</summary>
    private static readonly string[] Modules = ["Access", "Registry", "SchoolConstruction", "Subsidies", "TeacherSupport", "SpecialNeeds", "Vocational", "DropoutControl", "Reporting"];

    public static void EnsureModulesOn(IModuleDirectory modules)
    {
        if (Modules.Where(m => !modules.IsEnabled(m)).ToList() is { Count: > 0 } off)
        {
            throw new ConflictException("modules", new UserText(
                $"示范县需要全部模块；已关闭：{string.Join("、", off)}", $"the demo county needs every module; switched off: {string.Join(", ", off)}"));
        }
    }

    /// <summary>The demo writes into its year and the January after it (the autumn term's end): neither may be locked as reported.</summary>
    public static async Task EnsureYearsOpenAsync(DemoRun run, CancellationToken cancellationToken)
    {
        foreach (var year in new[] { DemoCalendar.Year, DemoCalendar.Year + 1 })
        {
            if ((await run.Clerk.GetAsync($"/api/reporting/years/{year}", cancellationToken))?["locked"]?.GetValue<bool>() == true)
            {
                throw new ConflictException("year", new UserText($"{year} 年已锁定为已上报，示范县不能写入；请管理员先解锁", $"{year} is locked as reported, so the demo county cannot write into it; an administrator must unlock it first"));
            }
        }
    }

    public static async Task EnsureEmptyOrSameCountyAsync(DemoRun run, CancellationToken cancellationToken)
    {
        var planned = run.County.Townships.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        var any = false;
        await foreach (var township in run.Clerk.ListAsync("/api/registry/townships", cancellationToken))
        {
            any = true;
            var code = township["code"]!.GetValue<string>();
            if (!planned.TryGetValue(code, out var name) || name != township["name"]!.GetValue<string>())
            {
                throw Refused(new UserText($"乡镇 {code} 不属于示范县", $"township {code} is not the demo county's"));
            }
        }

        if (!any)
        {
            return;
        }

        var students = (await run.Clerk.GetAsync("/api/registry/students?pageSize=1", cancellationToken))!["total"]!.GetValue<int>();
        var first = run.County.Students[0].NationalId;
        if (students > 0 && (await run.Clerk.GetAsync($"/api/registry/students?nationalId={first}", cancellationToken))!["total"]!.GetValue<int>() == 0)
        {
            throw Refused(new UserText("库中的学生不是该种子生成的示范县学生（换了种子？）", "the students held are not this seed's demo county (another seed?)"));
        }
    }

    private static ConflictException Refused(UserText why) => new("seed", new UserText(
        $"示范县只能生成到空库，或同一种子已生成的示范县上：{why}",
        $"the demo county is only built into an empty database, or onto the same seed's demo county: {why}"));
}
