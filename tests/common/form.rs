//! Reading a feedback form the app wrote: the request data it carries (`request-data`).

use serde_json::Value;

/// The JSON in the form's `request-data` element.
pub fn form_data(html: &str) -> Value {
    let open = "<script type=\"application/json\" id=\"request-data\">";
    let start = html.find(open).expect("the form has its data") + open.len();
    let end = start
        + html[start..]
            .find("</script>")
            .expect("the data element ends");
    serde_json::from_str(&html[start..end]).expect("the data is JSON")
}
