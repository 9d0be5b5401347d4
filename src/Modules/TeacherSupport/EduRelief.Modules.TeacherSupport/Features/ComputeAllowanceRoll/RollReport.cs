using System.Globalization;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.TeacherSupport.Features.ComputeAllowanceRoll;

/// <summary>What one computation of a month's roll did.</summary>
internal sealed record RollReport(RollMonth Month, bool Approved, int Teachers, decimal Total, int Added, int Changed, int Removed)
{
    public UserText Text => Approved
        ? new($"{Month} 补助发放表已审核，未重新计算（{Teachers} 名教师，¥{Money(Total)}）", $"{Month}: the allowance roll is approved and was not recomputed ({Teachers} teacher(s), ¥{Money(Total)})")
        : new(
            $"{Month} 补助发放表：{Teachers} 名教师，合计 ¥{Money(Total)}；新增 {Added}，变更 {Changed}，移除 {Removed}",
            $"{Month} allowance roll: {Teachers} teacher(s), ¥{Money(Total)} in all; {Added} added, {Changed} changed, {Removed} removed");

    private static string Money(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);
}
