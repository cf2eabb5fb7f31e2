//! A labelled drop zone that is also a file picker, with the file's status under it.

use web_sys::{DragEvent, File, HtmlInputElement};
use yew::prelude::*;

/// What the zone shows under its label.
#[derive(Debug, Clone, PartialEq)]
pub enum ZoneStatus {
    /// No file yet.
    Empty,
    /// Reading `0`.
    Loading(String),
    /// `0` was understood; `1` says what it is.
    Ok(String, String),
    /// `0` could not be used; `1` says why.
    Error(String, String),
}

/// Properties of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// Id prefix for the input and status (`checkpoint`, `tokenizer`).
    pub id: AttrValue,
    /// The zone's label.
    pub label: AttrValue,
    /// What file belongs here.
    pub hint: AttrValue,
    /// The file's status.
    pub status: ZoneStatus,
    /// Called with each chosen or dropped file.
    pub on_file: Callback<File>,
}

/// A drop zone and file picker.
#[function_component(DropZone)]
pub fn drop_zone(props: &DropZoneProps) -> Html {
    let over = use_state(|| false);
    let on_change = {
        let on_file = props.on_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                (0..files.length())
                    .filter_map(|i| files.get(i))
                    .for_each(|f| on_file.emit(f));
            }
            input.set_value("");
        })
    };
    let on_drag_over = {
        let over = over.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(true);
        })
    };
    let on_drag_leave = {
        let over = over.clone();
        Callback::from(move |_: DragEvent| over.set(false))
    };
    let on_drop = {
        let (over, on_file) = (over.clone(), props.on_file.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            over.set(false);
            // every file dropped is read; each goes to the zone it belongs to
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                (0..files.length())
                    .filter_map(|i| files.get(i))
                    .for_each(|f| on_file.emit(f));
            }
        })
    };
    let (class, status) = match &props.status {
        ZoneStatus::Empty => (
            "",
            html! { <span class="muted">{ "Drop the file here, or press to choose it" }</span> },
        ),
        ZoneStatus::Loading(name) => (
            "loading",
            html! { <span>{ format!("Reading {name}…") }</span> },
        ),
        ZoneStatus::Ok(name, what) => (
            "ok",
            html! { <><strong>{ name }</strong><span>{ what }</span></> },
        ),
        ZoneStatus::Error(name, why) => (
            "error",
            html! { <><strong>{ name }</strong><span>{ why }</span></> },
        ),
    };
    let input_id = format!("{}-file", props.id);
    html! {
        <label for={input_id.clone()}
            class={classes!("drop", class, over.then_some("over"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <input type="file" id={input_id} class="visually-hidden" multiple=true
                aria-describedby={format!("{}-hint {}-status", props.id, props.id)} onchange={on_change} />
            <span class="drop-label">{ &props.label }</span>
            <span class="drop-hint" id={format!("{}-hint", props.id)}>{ &props.hint }</span>
            <span class="drop-status" id={format!("{}-status", props.id)} role="status">{ status }</span>
        </label>
    }
}
