using EduRelief.Modules.DropoutControl.Domain;
using EduRelief.SharedKernel.Localization;

namespace EduRelief.Modules.DropoutControl.Web.Risk;

/// <summary>The risk signals in the users' words.</summary>
internal static class RiskLabels
{
    public static UserText Of(RiskSignal signal) => signal switch
    {
        RiskSignal.Hardship => new("家庭经济困难", "Household hardship"),
        RiskSignal.LeftBehind => new("留守儿童", "Left behind"),
        RiskSignal.DisabledUnplaced => new("残疾未安置", "Disabled, not placed"),
        RiskSignal.OverAge => new("超龄两岁以上", "Over-age for grade"),
        RiskSignal.SchoolChanges => new("近期转学", "Recent school change"),
        RiskSignal.RecentCase => new("一年内曾辍学", "Case closed within a year"),
        _ => new(signal.ToString(), signal.ToString()),
    };

    public static UserText Of(string code) => Enum.TryParse<RiskSignal>(code, out var signal) ? Of(signal) : new(code, code);
}
