namespace EduRelief.Web.Charts;

public enum ChartKind
{
    Bar,
    Pie,
}
