using EduRelief.BuildingBlocks.Export;
using EduRelief.Contracts.Registry;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.Registry.Features.ExportStudents;

/// <summary>Every student of a list filter, written to <see cref="Writer"/> in the list's order; answers the row count.</summary>
internal sealed record ExportStudentsQuery(StudentCriteria Criteria, StudentOrder Order, ITableWriter Writer)
    : IQuery<long>, IAudited, INationalIdLookup<long>
{
    // A whole list leaving the system is worth a line in the audit log, with the filter that chose it.
    public string AuditRecords => "students export: " + string.Join(", ", Filters());

    private List<string> Filters()
    {
        var c = Criteria;
        (string Name, object? Value)[] all =
        [
            ("nationalId", c.NationalId), ("schoolCode", c.SchoolCode), ("townshipCode", c.TownshipCode),
            ("stage", c.Stages is { } s ? string.Join('|', s) : null), ("category", c.AnyCategory is { } a ? string.Join('|', a) : null),
            ("leftBehind", c.LeftBehind), ("disabled", c.Disabled), ("status", c.Status), ("sort", Order == StudentOrder.ListOrder ? null : Order),
        ];
        var named = all.Where(f => f.Value is not null).Select(f => $"{f.Name}={f.Value}").ToList();
        return named.Count > 0 ? named : ["all"];
    }

    string? INationalIdLookup<long>.SoughtNationalId => Criteria.NationalId;

    bool INationalIdLookup<long>.FoundAny(long response) => response > 0;
}
