using EduRelief.BuildingBlocks.Export;
using EduRelief.Modules.SchoolConstruction.Features.ListProjects;
using EduRelief.SharedKernel.Auditing;
using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SchoolConstruction.Features.ExportProjects;

/// <summary>Every project of a list filter (its page ignored), written to <see cref="Writer"/>; answers the row count.</summary>
internal sealed record ExportProjectsQuery(ListProjectsQuery Filter, ITableWriter Writer) : IQuery<long>, IAudited
{
    public string AuditRecords =>
        $"projects export: schoolCode={Filter.SchoolCode}, townshipCode={Filter.TownshipCode}, status={Filter.Status}, type={Filter.Type}, completedIn={Filter.CompletedIn}";
}
