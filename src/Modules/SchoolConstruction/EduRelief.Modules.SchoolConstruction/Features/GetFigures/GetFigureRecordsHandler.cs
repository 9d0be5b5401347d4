using EduRelief.Contracts.SchoolConstruction;
using EduRelief.Modules.SchoolConstruction.Domain;
using EduRelief.SharedKernel.Figures;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.SchoolConstruction.Features.GetFigures;

/// <summary>The records behind one figure, read through the same <see cref="FigureRows"/> as the figure.</summary>
internal sealed class GetFigureRecordsHandler(FigureRows rows) : IRequestHandler<GetConstructionFigureRecordsQuery, FigureRecords>
{
    public async Task<FigureRecords> Handle(GetConstructionFigureRecordsQuery request, CancellationToken cancellationToken)
    {
        var year = request.Year;
        switch (request.Figure)
        {
            case ConstructionFigure.Investment:
                return FigureRecords.Sum(
                    "amount",
                    await rows.Spending(year).OrderBy(s => s.SpentOn).ThenBy(s => s.Id).ToListAsync(cancellationToken),
                    new RecordField<SpendingRow>("projectCode", "项目编号", "Project", s => s.ProjectCode),
                    new RecordField<SpendingRow>("projectName", "项目名称", "Project name", s => s.ProjectName),
                    new RecordField<SpendingRow>("townshipCode", "乡镇代码", "Township", s => s.TownshipCode),
                    new RecordField<SpendingRow>("schoolCode", "学校代码", "School", s => s.SchoolCode),
                    new RecordField<SpendingRow>("spentOn", "支出日期", "Spent on", s => s.SpentOn),
                    new RecordField<SpendingRow>("amount", "金额（元）", "Amount (yuan)", s => s.Amount),
                    new RecordField<SpendingRow>("purpose", "用途", "Purpose", s => s.Purpose));
            case ConstructionFigure.SchoolsBuiltOrExpanded:
                var built = (await rows.BuiltOrExpanded(year).Select(p => new { p.SchoolCode, p.TownshipCode, p.Code }).ToListAsync(cancellationToken))
                    .GroupBy(p => p.SchoolCode, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new BuiltSchoolRow(g.Key, g.First().TownshipCode, string.Join("|", g.Select(p => p.Code).Order(StringComparer.Ordinal))))
                    .ToList();
                return FigureRecords.Count(
                    built,
                    new RecordField<BuiltSchoolRow>("schoolCode", "学校代码", "School", s => s.SchoolCode),
                    new RecordField<BuiltSchoolRow>("townshipCode", "乡镇代码", "Township", s => s.TownshipCode),
                    new RecordField<BuiltSchoolRow>("projects", "竣工项目", "Completed projects", s => s.Projects));
            case ConstructionFigure.SeatsAdded:
                return FigureRecords.Sum(
                    "seats",
                    await rows.Completed(year).OrderBy(p => p.Code).ToListAsync(cancellationToken),
                    new RecordField<Project>("projectCode", "项目编号", "Project", p => p.Code),
                    new RecordField<Project>("projectName", "项目名称", "Project name", p => p.Name),
                    new RecordField<Project>("townshipCode", "乡镇代码", "Township", p => p.TownshipCode),
                    new RecordField<Project>("schoolCode", "学校代码", "School", p => p.SchoolCode),
                    new RecordField<Project>("type", "项目类型", "Type", p => p.Type.ToString()),
                    new RecordField<Project>("seats", "新增学位", "Seats added", p => p.ActualSeats ?? 0));
            case ConstructionFigure.DGradeArea:
                return FigureRecords.Sum(
                    "floorArea",
                    await rows.DGradeBuildingsAsync(year, cancellationToken),
                    new RecordField<DGradeBuildingDto>("buildingId", "校舍编号", "Building", b => b.Id),
                    new RecordField<DGradeBuildingDto>("schoolCode", "学校代码", "School", b => b.SchoolCode),
                    new RecordField<DGradeBuildingDto>("name", "校舍名称", "Building name", b => b.Name),
                    new RecordField<DGradeBuildingDto>("floorArea", "建筑面积（㎡）", "Floor area (m²)", b => b.FloorArea),
                    new RecordField<DGradeBuildingDto>("appraisedOn", "鉴定日期", "Appraised on", b => b.AppraisedOn),
                    new RecordField<DGradeBuildingDto>("reportNo", "鉴定报告编号", "Report no.", b => b.ReportNo));
            case ConstructionFigure.MultimediaCoverage:
                return FigureRecords.Ratio(
                    RecordTally.Ratio,
                    "multimediaClassrooms",
                    "classrooms",
                    await rows.RuralClassroomsAsync(await rows.LatestEquipmentAsync(year, cancellationToken), cancellationToken),
                    new RecordField<UncoveredClassroomsDto>("schoolCode", "学校代码", "School", c => c.SchoolCode),
                    new RecordField<UncoveredClassroomsDto>("schoolName", "学校名称", "School name", c => c.SchoolName),
                    new RecordField<UncoveredClassroomsDto>("classrooms", "教室数", "Classrooms", c => c.Classrooms),
                    new RecordField<UncoveredClassroomsDto>("multimediaClassrooms", "多媒体教室数", "Multimedia classrooms", c => c.MultimediaClassrooms),
                    new RecordField<UncoveredClassroomsDto>("recorded", "已登记装备", "Equipment recorded", c => c.Recorded));
            default:
                return FigureRecords.Sum(
                    "onlineClassrooms",
                    await rows.LatestEquipmentAsync(year, cancellationToken),
                    new RecordField<EquipmentRecord>("schoolCode", "学校代码", "School", e => e.SchoolCode),
                    new RecordField<EquipmentRecord>("townshipCode", "乡镇代码", "Township", e => e.TownshipCode),
                    new RecordField<EquipmentRecord>("asOf", "登记日期", "As of", e => e.AsOf),
                    new RecordField<EquipmentRecord>("onlineClassrooms", "在线课堂数", "Online classrooms", e => e.OnlineClassrooms));
        }
    }
}
