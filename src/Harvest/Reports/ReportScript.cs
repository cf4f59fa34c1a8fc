namespace TruckFactor.Harvest.Reports;

/// <summary>
/// The reports' only script: sorting of tables marked <c>sortable</c> by the <c>data-sort</c> value of each
/// cell. It reads nothing from the repository as code, so escaping the data is all the safety it needs.
/// </summary>
internal static class ReportScript
{
    /// <summary>The script text.</summary>
    public const string Js = """
        (function () {
          "use strict";
          function compare(x, y, numeric) {
            if (numeric) { return parseFloat(x) - parseFloat(y); }
            return x.localeCompare(y, undefined, { sensitivity: "base" });
          }
          document.querySelectorAll("table.sortable").forEach(function (table) {
            var heads = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(heads, function (th, column) {
              var button = th.querySelector("button");
              if (!button) { return; }
              button.addEventListener("click", function () {
                var ascending = th.getAttribute("aria-sort") !== "ascending";
                Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
                th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                var numeric = th.getAttribute("data-type") === "number";
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.cells[column].getAttribute("data-sort") || "";
                  var y = b.cells[column].getAttribute("data-sort") || "";
                  if (x === "" || y === "") { return (x === "") - (y === ""); }
                  var order = compare(x, y, numeric);
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              });
            });
          });
        })();

        """;
}
